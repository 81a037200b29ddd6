// Takes code blocks out of a README of the repository (a path relative to repositoryRoot, passed
// in by contract-tests/pom.xml), for the projects that build the README's examples as they stand.
// Loaded by their prebuild.groovy with evaluate(new File(itSources, 'readme.groovy')).

// The ```<language> blocks of the section under the given heading line (up to the next heading
// of the same or a higher level), in order. Fails, naming the heading, when there are none:
// a renamed section must break this build, not skip the example.
readmeBlocks = { String readme, String heading, String language ->
    def level = heading.takeWhile { it == '#' }.length()
    def inSection = false
    def blocks = []
    def current = null   // lines of the code block being read, in or out of the section
    def currentLanguage = null
    for (line in new File(repositoryRoot, readme).readLines('UTF-8')) {
        if (current == null && line.startsWith('```')) {
            current = []
            currentLanguage = line.substring(3).trim()
        } else if (current != null && line.trim() == '```') {
            if (inSection && currentLanguage == language) {
                blocks << current.join('\n') + '\n'
            }
            current = null
        } else if (current != null) {
            current << line
        } else if (line.trim() == heading) {
            inSection = true
        } else if (inSection && line ==~ /#{1,${level}} .*/) {
            break
        }
    }
    assert inSection: "${readme} has no section '${heading}'"
    assert blocks: "${readme} section '${heading}' has no ${language} block"
    blocks
}

// Writes a Java example where javac wants it: its package (none means the default package) and
// the name of its top-level class.
writeJavaSource = { File projectDir, String code ->
    def pkg = (code =~ /(?m)^package\s+([\w.]+)\s*;/)
    def cls = (code =~ /(?m)^(?:public\s+|final\s+)*class\s+(\w+)/)
    assert cls.find(): "no top-level class in:\n${code}"
    def dir = new File(projectDir, 'src/test/java/' + (pkg.find() ? pkg.group(1).replace('.', '/') : ''))
    dir.mkdirs()
    def file = new File(dir, cls.group(1) + '.java')
    file.setText(code, 'UTF-8')
    println "README example written to ${file}"
    file
}

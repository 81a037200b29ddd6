evaluate(new File(itSources, 'checks.groovy'))

assertTestsPassed(basedir, 1)
// The README's promise: with every transitive excluded, the test class path has the standalone
// jar and the consumer's own JUnit and AssertJ, and no library the stub could clash with.
def jars = testClassPath(basedir).findAll { it.name.endsWith('.jar') }
assert jars.any { it.name == "starrocks-sync-server-stub-${toolkitVersion}-standalone.jar" }
def foreign = jars.findAll { jar ->
    ['com/fasterxml', 'org/wiremock', 'org/eclipse/jetty', 'com/google/guava', 'io/swagger', 'org/slf4j']
        .any { jar.path.replace(File.separatorChar, '/' as char).contains("/${it}/") }
}
assert foreign.isEmpty(): "the standalone jar brought these along: ${foreign*.name}"

true // the invoker plugin fails a hook script that returns anything but true or null

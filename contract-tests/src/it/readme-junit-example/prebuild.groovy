// This project is the README's section "In your JUnit 5 tests", copied as it stands: the
// "smallest complete" pom becomes this project's pom.xml and the JUnit example its test. Nothing
// of it is committed here, so the README cannot drift from what works.
evaluate(new File(itSources, 'readme.groovy'))

def readme = 'server-stub/stub/README.md'
def heading = '## In your JUnit 5 tests'
def pom = readmeBlocks(readme, heading, 'xml').find { it.contains('<project') }
assert pom: "no complete pom (<project>) in ${readme}'s '${heading}'"
new File(basedir, 'pom.xml').setText(pom, 'UTF-8')

writeJavaSource(basedir, readmeBlocks(readme, heading, 'java')[0])

true // the invoker plugin fails a hook script that returns anything but true or null

// Checks shared by the consumer projects' verify.groovy scripts, which load this file with
// evaluate(new File(itSources, 'checks.groovy')): the closures below land in their binding.
// They read what surefire recorded of the finished build (target/surefire-reports), so they
// judge the class path the tests really ran with.

import groovy.xml.XmlSlurper

surefireReports = { File projectDir ->
    def dir = new File(projectDir, 'target/surefire-reports')
    def reports = (dir.listFiles() ?: []).findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }
    assert reports: "no surefire report in ${dir}: the tests did not run"
    reports.collect { new XmlSlurper().parse(it) }
}

// Guards against a project that compiles and runs nothing (surefire passes with no tests).
assertTestsPassed = { File projectDir, int expected ->
    def suites = surefireReports(projectDir)
    def run = suites.sum { it.@tests.toInteger() }
    def bad = suites.sum { it.@failures.toInteger() + it.@errors.toInteger() + it.@skipped.toInteger() }
    assert run == expected: "${projectDir.name}: ${run} tests ran, ${expected} expected"
    assert bad == 0: "${projectDir.name}: ${bad} tests failed, erred or were skipped"
}

testClassPath = { File projectDir ->
    def property = surefireReports(projectDir)[0].properties.property.find { it.@name == 'surefire.test.class.path' }
    assert property.size() == 1: 'surefire.test.class.path missing from the surefire report'
    property.@value.text().split(File.pathSeparator).collect { new File(it) }
}

// Issue 10: every Jackson module on the consumer's class path is the version the toolkit was
// built and tested with (jacksonVersion, passed in by contract-tests/pom.xml), whatever the
// consumer declared first. jackson-annotations is versioned major.minor since 2.20.
assertOneJackson = { File projectDir ->
    def jars = testClassPath(projectDir).findAll { it.path.contains("com${File.separator}fasterxml${File.separator}jackson") }
    assert jars.any { it.name.startsWith('jackson-databind-') }: "no jackson-databind on ${projectDir.name}'s class path"
    jars.each { jar ->
        def artifactId = jar.parentFile.parentFile.name
        def version = jar.parentFile.name
        def expected = artifactId == 'jackson-annotations' ? jacksonVersion.tokenize('.').take(2).join('.') : jacksonVersion
        assert version == expected: "${projectDir.name}: ${artifactId} ${version} on the class path, ${expected} expected"
    }
    println "${projectDir.name}: ${jars.size()} Jackson jars, all ${jacksonVersion}"
}

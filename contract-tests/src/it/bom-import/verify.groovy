import groovy.xml.XmlSlurper

evaluate(new File(itSources, 'checks.groovy'))

assertTestsPassed(basedir, 2)
assertOneJackson(basedir)

// What the consumer imported: the installed BOM manages the toolkit's artifacts at its version
// and imports jackson-bom, and nothing else (none of the parent's JUnit, AssertJ, Jersey, ...).
def toolkit = new File(localRepositoryPath, 'io/contractkit/starrocks')
def bom = new XmlSlurper().parse(new File(toolkit, "starrocks-sync-bom/${toolkitVersion}/starrocks-sync-bom-${toolkitVersion}.pom"))
def managed = bom.dependencyManagement.dependencies.dependency.collect {
    [it.groupId, it.artifactId, it.version, it.classifier, it.scope].collect { e -> e.text() }.join(':')
}
assert managed as Set == [
    "io.contractkit.starrocks:starrocks-sync-api:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-contract-model:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-spec-review:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-spec-review-maven-plugin:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-contract-runtime:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-client:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-server-stub:${toolkitVersion}::",
    "io.contractkit.starrocks:starrocks-sync-server-stub:${toolkitVersion}:standalone:",
    "io.contractkit.starrocks:starrocks-sync-server:${toolkitVersion}::",
    "com.fasterxml.jackson:jackson-bom:${jacksonVersion}::import",
].collect { it.toString() } as Set: "the BOM manages ${managed}"

// No published pom names a parent, and the parent is not in the projects' repository: every
// project here resolved without it.
assert !new File(toolkit, 'starrocks-sync-parent').exists()
['starrocks-sync-api', 'starrocks-sync-contract-model', 'starrocks-sync-contract-runtime', 'starrocks-sync-client',
 'starrocks-sync-server-stub', 'starrocks-sync-server', 'starrocks-sync-bom'].each { a ->
    def pom = new XmlSlurper().parse(new File(toolkit, "${a}/${toolkitVersion}/${a}-${toolkitVersion}.pom"))
    assert pom.parent.size() == 0: "${a}'s installed pom names a parent"
}

true // the invoker plugin fails a hook script that returns anything but true or null

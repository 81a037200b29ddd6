// The same project with a compatible pull request (an optional query parameter and an optional
// request field), through every goal but `review`: lint and gate pass, report writes every format
// with the changes as notes, reference writes one HTML file, promote-baseline makes the document
// the new baseline.
def log = new File(basedir, 'build.log').text
assert log.contains('Spec lint: 0 finding(s), none at or above `error`')
assert log =~ /Breaking-change gate against .*: 2 finding\(s\), none at or above `error`/
assert log.contains('api/library.yaml:')

def out = new File(basedir, 'target/spec-review')
def annotations = new File(out, 'github-annotations.txt').readLines()
assert annotations.size() == 2
assert annotations.every { it.startsWith('::notice file=api/library.yaml,') }
assert annotations.any { it.contains('subtitle') } && annotations.any { it.contains('shelf') }
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'spec-review.sarif'))
assert sarif.runs[0].results*.level.toSet() == ['note'].toSet()
assert new File(out, 'REVIEW.md').text.contains('Ready to merge')
def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-spec-review.xml'))
assert junit.@failures.text() == '0'

def reference = new File(out, 'reference.html')
assert reference.isFile() && reference.text.contains('listBooks')

assert new File(basedir, 'api/baseline/library-1.1.0.yaml').text == new File(basedir, 'api/library.yaml').text
assert !new File(basedir, 'api/baseline/library-1.0.0.yaml').exists()
assert log.contains('Promoted: ')
true

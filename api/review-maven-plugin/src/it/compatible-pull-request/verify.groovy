// The same project with a compatible pull request (an optional query parameter and an optional
// request field): the build passes, and the changes are listed as notes.
def log = new File(basedir, 'build.log').text
assert log.contains('none at or above `error`')
def annotations = new File(basedir, 'target/spec-review/github-annotations.txt').readLines()
assert annotations.size() == 2
assert annotations.every { it.startsWith('::notice file=api/library.yaml,') }
assert annotations.any { it.contains('subtitle') } && annotations.any { it.contains('shelf') }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/spec-review/spec-review.sarif'))
assert sarif.runs[0].results*.level.toSet() == ['note'].toSet()
true

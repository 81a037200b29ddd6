// The plugin on another team's pull request that removes a response field (Book.shelf), tightens
// a request pattern (NewBook.title) and adds an optional request field (NewBook.subtitle): the
// build fails, naming two breaking changes on their lines; every output lists them, and the
// compatible change. Expected lines are looked up in the YAML, never written down.
def document = new File(basedir, 'api/library.yaml')
def baseline = new File(basedir, 'api/baseline/library-1.0.0.yaml')
def lines = document.readLines()
def lineOf = { List<String> text, String wanted, int from = 1 ->
  def index = (from - 1..<text.size()).find { text[it].trim() == wanted }
  assert index != null: "no line `$wanted`"
  index + 1
}
int patternLine = lineOf(lines, "pattern: '^[A-Za-z ]{1,200}\$'")
int removedParentLine = lineOf(lines, 'properties:', lineOf(lines, 'Book:'))
int removedBaselineLine = lineOf(baseline.readLines(), 'shelf:')
int addedLine = lineOf(lines, 'subtitle:')

// The quick start in the README is this project's <plugin> block, verbatim.
def pom = new File(basedir, 'pom.xml').text
def snippet = pom.substring(pom.indexOf('      <plugin>'), pom.indexOf('</plugin>') + '</plugin>'.length())
def readmeText = new File(readme).text
assert readmeText.contains(snippet.stripIndent().trim()) || readmeText.contains(snippet):
    'README.md quick start differs from the invoker project\'s <plugin> block'

def log = new File(basedir, 'build.log').text
assert log.contains("api/library.yaml:${patternLine}:11: error [pattern]")
assert log.contains("api/library.yaml:${removedParentLine}:7: error [property-removed]")
assert log.contains("api/library.yaml:${addedLine}:9: note [property-added]")
assert log.contains('2 finding(s) at or above `error`')

def out = new File(basedir, 'target/spec-review')
['REVIEW.md', 'github-annotations.txt', 'spec-review.sarif', 'TEST-spec-review.xml', 'reference.html'].each {
  assert new File(out, it).isFile(): "no $it"
}

def annotations = new File(out, 'github-annotations.txt').readLines()
assert annotations.size() == 3
assert annotations.count { it.startsWith("::error file=api/library.yaml,line=${patternLine},col=11,") } == 1
assert annotations.count { it.startsWith("::error file=api/library.yaml,line=${removedParentLine},col=7,") } == 1
assert annotations.count { it.startsWith("::notice file=api/library.yaml,line=${addedLine},col=9,") } == 1

def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'spec-review.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results.collect {
  "${it.level} ${it.ruleId} ${it.locations[0].physicalLocation.artifactLocation.uri}:${it.locations[0].physicalLocation.region.startLine}".toString()
}
assert results.toSet() == [
    "error pattern api/library.yaml:${patternLine}".toString(),
    "error property-removed api/library.yaml:${removedParentLine}".toString(),
    "note property-added api/library.yaml:${addedLine}".toString()].toSet()
def removed = sarif.runs[0].results.find { it.ruleId == 'property-removed' }
assert removed.relatedLocations[0].physicalLocation.artifactLocation.uri == 'api/baseline/library-1.0.0.yaml'
assert removed.relatedLocations[0].physicalLocation.region.startLine == removedBaselineLine

def junit = new groovy.xml.XmlSlurper().parse(new File(out, 'TEST-spec-review.xml'))
def failed = junit.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }.collect { it.@classname.text() }
assert failed.toSet() == ['spec-review.compatibility.pattern', 'spec-review.compatibility.property-removed'].toSet()

def markdown = new File(out, 'REVIEW.md').text
def breaking = markdown.substring(markdown.indexOf('### Breaking changes'), markdown.indexOf('### Compatible changes'))
assert breaking.contains("`api/library.yaml:${patternLine}:11`")
assert breaking.contains("`api/library.yaml:${removedParentLine}:7` (parent; was `api/baseline/library-1.0.0.yaml:${removedBaselineLine}:9`)")
assert markdown.substring(markdown.indexOf('### Compatible changes')).contains('subtitle')

true

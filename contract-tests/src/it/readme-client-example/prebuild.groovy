// The client's "Ten lines" example, copied from the README into this project's test sources.
// One change, so that it calls the local stub and never the real service: its endpoint literal
// is read from the system property readme.endpoint (set by ReadmeClientExampleTest). The
// credentials come from the environment as the example says (invoker.properties).
evaluate(new File(itSources, 'readme.groovy'))

def code = readmeBlocks('client/java/README.md', '## Ten lines: build the client, call, handle the error', 'java')[0]
def endpoint = ~/(?m)^(\s*String endpoint = )"https:\/\/[^"]+";/
assert code =~ endpoint: "the README's client example no longer sets `String endpoint = \"https://...\";`"
writeJavaSource(basedir, code.replaceFirst(endpoint, '$1System.getProperty("readme.endpoint");'))

true // the invoker plugin fails a hook script that returns anything but true or null

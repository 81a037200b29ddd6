evaluate(new File(itSources, 'checks.groovy'))

// The README's example has two tests; both ran and passed with the README's pom.
assertTestsPassed(basedir, 2)
assertOneJackson(basedir)

true // the invoker plugin fails a hook script that returns anything but true or null

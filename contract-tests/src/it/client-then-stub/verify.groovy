evaluate(new File(itSources, 'checks.groovy'))

assertTestsPassed(basedir, 2)
assertOneJackson(basedir)

true // the invoker plugin fails a hook script that returns anything but true or null

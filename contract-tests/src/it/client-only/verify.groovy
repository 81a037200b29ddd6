evaluate(new File(itSources, 'checks.groovy'))

assertTestsPassed(basedir, 1)
assertOneJackson(basedir)

evaluate(new File(itSources, 'checks.groovy'))

assertTestsPassed(basedir, 2)
assertOneJackson(basedir)

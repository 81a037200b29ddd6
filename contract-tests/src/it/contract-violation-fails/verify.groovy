// The build failed (invoker.buildResult = failure); make sure it failed for the right reason:
// the extension's report of the refused request, not a compile error or a missing artifact.
def log = new File(basedir, 'build.log').text
assert log.contains('1 request(s) to the StarRocks sync stub broke the contract')
assert log.contains('body.task_name')
assert log.contains('does not match input string "nightly-orders"')
assert log.contains('Tests run: 1, Failures: 1')

true // the invoker plugin fails a hook script that returns anything but true or null

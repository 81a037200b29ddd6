//go:build !unix

package starrockssync_test

import "os/exec"

func inOwnProcessGroup(*exec.Cmd) {}

func stopStub(command *exec.Cmd) {
	_ = command.Process.Kill()
	_ = command.Wait()
}

//go:build unix

package starrockssync_test

import (
	"os/exec"
	"syscall"
	"time"
)

// inOwnProcessGroup starts the stub in a process group of its own, so that stopping it also
// stops any JVM it launches in turn.
func inOwnProcessGroup(command *exec.Cmd) {
	command.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// stopStub asks the stub's whole process group to stop, and kills what is left after 5 s.
func stopStub(command *exec.Cmd) {
	group := -command.Process.Pid
	_ = syscall.Kill(group, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		_ = command.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(group, syscall.SIGKILL)
		<-done
	}
	// A child that outlived its parent's stop.
	_ = syscall.Kill(group, syscall.SIGKILL)
}

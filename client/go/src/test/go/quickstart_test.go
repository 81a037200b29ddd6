package starrockssync_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

// The README's quick start, as a newcomer runs it: its code block becomes main.go of a new
// module that requires the SDK at its version from the module zip this build made (served by
// a file-system Go module proxy, so the go command checks the zip as it checks any download),
// and runs against the stub.
func TestReadmeQuickStartRunsFromTheModuleZipAgainstTheStub(t *testing.T) {
	proxyDir := os.Getenv("STARROCKS_GO_PROXY_DIR")
	if proxyDir == "" {
		t.Fatal("STARROCKS_GO_PROXY_DIR is not set: run the tests through Maven, which builds the module zip first")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatalf("reading client/go/README.md: %v", err)
	}
	match := regexp.MustCompile("(?s)## Quick start.*?```go\n(.*?)```").FindSubmatch(readme)
	if match == nil {
		t.Fatal("README.md has no ```go block under '## Quick start'")
	}
	program := string(match[1])
	if lines := codeLines(program); lines > 10 {
		t.Errorf("the quick start has %d lines of code in main, the README promises at most 10", lines)
	}
	program = strings.ReplaceAll(program, "http://localhost:8080", stubURL)

	scratch := t.TempDir()
	goMod := "module example.com/quickstart\n\ngo 1.23\n\nrequire github.com/contractkit/starrocks-sync-go v" + starrockssync.Version + "\n"
	for name, content := range map[string]string{"go.mod": goMod, "main.go": program} {
		if err := os.WriteFile(filepath.Join(scratch, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	command := exec.CommandContext(ctx, "go", "run", ".")
	command.Dir = scratch
	command.Env = append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxyDir),
		"GOFLAGS=-mod=mod -modcacherw",
		"GOSUMDB=off",
		"GOMODCACHE="+filepath.Join(scratch, "modcache"),
		"GOTOOLCHAIN=local")
	output, err := command.CombinedOutput()
	if err != nil {
		t.Fatalf("the quick start failed: %v\n%s", err, output)
	}
	if strings.TrimSpace(string(output)) == "" {
		t.Error("the quick start printed nothing")
	}
	t.Logf("quick start printed: %s", output)
	assertNoContractViolations(t)
}

// codeLines counts the lines of main's body that are not blank, braces or comments.
func codeLines(program string) int {
	body := program[strings.Index(program, "func main()")+len("func main()"):]
	count := 0
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line == "{" || line == "}" || strings.HasPrefix(line, "//") {
			continue
		}
		count++
	}
	return count
}

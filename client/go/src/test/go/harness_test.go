package starrockssync_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The stub every test talks to, started once by TestMain from $STARROCKS_STUB_JAR, and the
// conformance vectors read from $STARROCKS_VECTORS_DIR. Maven sets both; a missing one stops
// the run with a message, never a silent skip.
var (
	stubURL    string
	vectorsDir string
)

var listening = regexp.MustCompile(`StarRocks sync stub listening on (http://\S+)`)

func TestMain(m *testing.M) {
	os.Exit(runWithStub(m))
}

func runWithStub(m *testing.M) int {
	jar := requiredEnv("STARROCKS_STUB_JAR")
	vectorsDir = requiredEnv("STARROCKS_VECTORS_DIR")
	for _, name := range []string{"signing.json", "outcomes.json", "hostile.json"} {
		if _, err := os.Stat(filepath.Join(vectorsDir, name)); err != nil {
			fmt.Fprintf(os.Stderr, "conformance vector %s is missing (%v): build client/conformance first (./mvnw -B verify -pl client/go -am)\n", name, err)
			return 1
		}
	}
	if _, err := os.Stat(jar); err != nil {
		fmt.Fprintf(os.Stderr, "the stub jar %s is missing (%v): build server-stub/stub first (./mvnw -B verify -pl client/go -am)\n", jar, err)
		return 1
	}
	stub := exec.Command("java", "-jar", jar, "--port", "0")
	stdout, err := stub.StdoutPipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read the stub's output:", err)
		return 1
	}
	stub.Stderr = os.Stderr
	inOwnProcessGroup(stub)
	if err := stub.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "cannot start the stub with java -jar:", err)
		return 1
	}
	defer stopStub(stub)
	found := make(chan string, 1)
	go func() {
		scanner := bufio.NewScanner(stdout)
		for scanner.Scan() {
			if match := listening.FindStringSubmatch(scanner.Text()); match != nil {
				found <- match[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case stubURL = <-found:
	case <-time.After(60 * time.Second):
		fmt.Fprintln(os.Stderr, "the stub printed no 'listening on' line within 60 s")
		return 1
	}
	return m.Run()
}

func requiredEnv(name string) string {
	value := os.Getenv(name)
	if value == "" {
		fmt.Fprintf(os.Stderr, "environment variable %s is not set: run the tests through Maven (./mvnw -B verify -pl client/go -am), which sets it\n", name)
		os.Exit(1)
	}
	return value
}

func readVectors(t *testing.T, name string, into any) {
	t.Helper()
	content, err := os.ReadFile(filepath.Join(vectorsDir, name))
	if err != nil {
		t.Fatalf("reading vector file: %v", err)
	}
	if err := json.Unmarshal(content, into); err != nil {
		t.Fatalf("%s is not the format of VECTORS.md: %v", name, err)
	}
}

// assertNoContractViolations fails the test when any request in the stub's journal was refused
// for breaking the contract (the stub puts every violation in X-Contract-Violations).
func assertNoContractViolations(t *testing.T) {
	t.Helper()
	response, err := http.Get(stubURL + "/__admin/requests")
	if err != nil {
		t.Fatalf("reading the stub's journal: %v", err)
	}
	defer response.Body.Close()
	var journal struct {
		Requests []struct {
			Request struct {
				Method string `json:"method"`
				URL    string `json:"url"`
			} `json:"request"`
			Response struct {
				Headers map[string]any `json:"headers"`
			} `json:"response"`
		} `json:"requests"`
	}
	if err := json.NewDecoder(response.Body).Decode(&journal); err != nil {
		t.Fatalf("the stub's journal is not JSON: %v", err)
	}
	if len(journal.Requests) == 0 {
		t.Fatalf("the stub's journal is empty: the SDK sent nothing")
	}
	for _, entry := range journal.Requests {
		for name, value := range entry.Response.Headers {
			if strings.EqualFold(name, "X-Contract-Violations") {
				t.Errorf("the stub found a contract violation in %s %s: %v", entry.Request.Method, entry.Request.URL, value)
			}
		}
	}
}

// lastRequestBody is the body of the newest request in the stub's journal.
func lastRequestBody(t *testing.T) string {
	t.Helper()
	response, err := http.Get(stubURL + "/__admin/requests?limit=1")
	if err != nil {
		t.Fatalf("reading the stub's journal: %v", err)
	}
	defer response.Body.Close()
	var journal struct {
		Requests []struct {
			Request struct {
				Body string `json:"body"`
			} `json:"request"`
		} `json:"requests"`
	}
	if err := json.NewDecoder(response.Body).Decode(&journal); err != nil || len(journal.Requests) == 0 {
		t.Fatalf("the stub's journal has no request (%v)", err)
	}
	return journal.Requests[0].Request.Body
}

// journalHasHeader reports whether any request in the stub's journal carried the header.
func journalHasHeader(t *testing.T, name, value string) bool {
	t.Helper()
	response, err := http.Get(stubURL + "/__admin/requests")
	if err != nil {
		t.Fatalf("reading the stub's journal: %v", err)
	}
	defer response.Body.Close()
	var journal struct {
		Requests []struct {
			Request struct {
				Headers map[string]any `json:"headers"`
			} `json:"request"`
		} `json:"requests"`
	}
	if err := json.NewDecoder(response.Body).Decode(&journal); err != nil {
		t.Fatalf("the stub's journal is not JSON: %v", err)
	}
	for _, entry := range journal.Requests {
		for header, got := range entry.Request.Headers {
			if strings.EqualFold(header, name) && fmt.Sprint(got) == value {
				return true
			}
		}
	}
	return false
}

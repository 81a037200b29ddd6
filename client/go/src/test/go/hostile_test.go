package starrockssync_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

type hostileFile struct {
	Scenarios []struct {
		Name        string `json:"name"`
		OperationID string `json:"operation_id"`
		Prefer      string `json:"prefer"`
		Description string `json:"description"`
		Expect      struct {
			Kind      string          `json:"kind"`
			Body      json.RawMessage `json:"body"`
			ErrorCode *string         `json:"error_code"`
			ErrorMsg  *string         `json:"error_msg"`
			ValueAt   *struct {
				Pointer string `json:"pointer"`
				Value   any    `json:"value"`
			} `json:"value_at"`
			Absent            *string `json:"absent"`
			NullAt            *string `json:"null_at"`
			Error             string  `json:"error"`
			Status            int     `json:"status"`
			RetryAfterSeconds *int    `json:"retry_after_seconds"`
			Retryable         *bool   `json:"retryable"`
			ClientTimeoutMs   int     `json:"client_timeout_ms"`
		} `json:"expect"`
	} `json:"scenarios"`
}

// Every hostile answer gives a model that keeps what it got, or a typed error that says what
// happened (the table in README.md): never an untyped error, never a panic.
func TestHostileAnswersGiveAModelOrATypedError(t *testing.T) {
	var vectors hostileFile
	readVectors(t, "hostile.json", &vectors)
	var outcomes outcomesFile
	readVectors(t, "outcomes.json", &outcomes)
	operations := map[string]operationVector{}
	for _, operation := range outcomes.Operations {
		operations[operation.OperationID] = operation
	}
	if len(vectors.Scenarios) == 0 {
		t.Fatal("hostile.json lists no scenario")
	}
	for _, scenario := range vectors.Scenarios {
		t.Run(scenario.Name, func(t *testing.T) {
			operation, ok := operations[scenario.OperationID]
			if !ok {
				t.Fatalf("outcomes.json has no operation %s", scenario.OperationID)
			}
			var options []starrockssync.Option
			if scenario.Expect.ClientTimeoutMs > 0 {
				options = append(options, starrockssync.WithTimeout(time.Duration(scenario.Expect.ClientTimeoutMs)*time.Millisecond))
			}
			client := newClient(t, starrockssync.Token("hostile-test-token"), options...)
			ctx := starrockssync.WithHeaders(context.Background(), http.Header{"Prefer": {scenario.Prefer}})
			value, _, err := call(t, ctx, client, operation)
			switch scenario.Expect.Kind {
			case "model":
				if err != nil {
					t.Fatalf("expected a model, got %T: %v", err, err)
				}
				document := asJSON(t, value)
				if len(scenario.Expect.Body) > 0 {
					want := genericJSON(t, scenario.Expect.Body)
					if pointer := scenario.Expect.NullAt; pointer != nil {
						// Go has no null apart from absent: the model writes the field back as absent.
						if object, ok := want.(map[string]any); ok && !strings.Contains(strings.TrimPrefix(*pointer, "/"), "/") {
							delete(object, strings.TrimPrefix(*pointer, "/"))
						}
					}
					if !reflect.DeepEqual(document, want) {
						t.Errorf("the model writes back %v, the stub sent %v", document, want)
					}
				}
				if expect := scenario.Expect.ValueAt; expect != nil {
					got, found := at(document, expect.Pointer)
					if !found || !jsonEqual(got, expect.Value) {
						t.Errorf("at %s the model has %v (found %v), expected %v kept", expect.Pointer, got, found, expect.Value)
					}
				}
				if pointer := scenario.Expect.Absent; pointer != nil {
					if got, found := at(document, *pointer); found {
						t.Errorf("at %s the model has %v, expected nothing", *pointer, got)
					}
				}
				if pointer := scenario.Expect.NullAt; pointer != nil {
					// A null optional field is a nil pointer in Go, written back as absent.
					if got, found := at(document, *pointer); found && got != nil {
						t.Errorf("at %s the model has %v, expected null or nothing", *pointer, got)
					}
				}
			case "error":
				var sdkErr starrockssync.Error
				if !errors.As(err, &sdkErr) {
					t.Fatalf("expected a starrockssync.Error of kind %s, got %T: %v", scenario.Expect.Error, err, err)
				}
				if string(sdkErr.Kind()) != scenario.Expect.Error {
					t.Errorf("kind %s (%v), expected %s", sdkErr.Kind(), err, scenario.Expect.Error)
				}
				if scenario.Expect.Status != 0 && statusOf(err) != scenario.Expect.Status {
					t.Errorf("status %d, expected %d", statusOf(err), scenario.Expect.Status)
				}
				if scenario.Expect.Retryable != nil && sdkErr.Retryable() != *scenario.Expect.Retryable {
					t.Errorf("retryable %v, expected %v", sdkErr.Retryable(), *scenario.Expect.Retryable)
				}
				if scenario.Expect.ErrorCode != nil || scenario.Expect.ErrorMsg != nil {
					var service *starrockssync.ServiceError
					if !errors.As(err, &service) {
						t.Fatalf("expected a *ServiceError with the API's error body, got %T: %v", err, err)
					}
					if want := scenario.Expect.ErrorCode; want != nil && service.ErrorCode != *want {
						t.Errorf("error_code %q, expected %q", service.ErrorCode, *want)
					}
					if want := scenario.Expect.ErrorMsg; want != nil && service.ErrorMsg != *want {
						t.Errorf("error_msg %q, expected %q", service.ErrorMsg, *want)
					}
				}
				if want := scenario.Expect.RetryAfterSeconds; want != nil {
					var service *starrockssync.ServiceError
					if !errors.As(err, &service) || service.RetryAfter != time.Duration(*want)*time.Second {
						t.Errorf("expected Retry-After %d s on a *ServiceError, got %v", *want, err)
					}
				}
				if err.Error() == "" {
					t.Error("the error says nothing")
				}
			default:
				t.Fatalf("unknown expect kind %q in hostile.json", scenario.Expect.Kind)
			}
		})
	}
}

func jsonEqual(a, b any) bool {
	return asJSONString(a) == asJSONString(b)
}

// The README's table of hostile answers names every scenario of hostile.json, and no other.
func TestReadmeHostileTableListsEveryScenario(t *testing.T) {
	var vectors hostileFile
	readVectors(t, "hostile.json", &vectors)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatalf("reading client/go/README.md: %v", err)
	}
	section := string(readme)
	start := strings.Index(section, "## Hostile answers")
	if start < 0 {
		t.Fatal("README.md has no '## Hostile answers' section")
	}
	section = section[start+len("## Hostile answers"):]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	documented := map[string]bool{}
	for _, match := range regexp.MustCompile("(?m)^\\| `([a-z0-9_]+)` \\|").FindAllStringSubmatch(section, -1) {
		documented[match[1]] = true
	}
	for _, scenario := range vectors.Scenarios {
		if !documented[scenario.Name] {
			t.Errorf("README.md's hostile table has no row for %s", scenario.Name)
		}
		delete(documented, scenario.Name)
	}
	for name := range documented {
		t.Errorf("README.md's hostile table has a row for %s, which hostile.json does not list", name)
	}
}

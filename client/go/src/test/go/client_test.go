package starrockssync_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

const (
	// Valid path values are taken from the vectors (the contract's examples), never typed here.
	secretKey = "do-not-print-this-secret"
	token     = "do-not-print-this-token"
)

func firstOperation(t *testing.T) operationVector {
	t.Helper()
	var outcomes outcomesFile
	readVectors(t, "outcomes.json", &outcomes)
	return outcomes.Operations[0]
}

func TestAnEmptyRequestIsSentAsAnEmptyObject(t *testing.T) {
	operation := firstOperation(t)
	operation.RequestBody = []byte("{}")
	if got := string(mustJSON(t, starrockssync.NewModifyDataSynchronizationConfigRequest())); got != "{}" {
		t.Errorf("a new request writes %s, expected {}", got)
	}
	if _, _, err := call(t, context.Background(), newClient(t, starrockssync.Token(token)), operation); err != nil {
		t.Fatalf("the stub refused an empty request: %v", err)
	}
	if body := lastRequestBody(t); body != "{}" {
		t.Errorf("sent %q, expected {}", body)
	}
	assertNoContractViolations(t)
}

func TestBothCredentialFormsAreAcceptedByTheStub(t *testing.T) {
	operation := firstOperation(t)
	for form, credentials := range credentialForms(operation.PathParameters["project_id"]) {
		if _, _, err := call(t, context.Background(), newClient(t, credentials), operation); err != nil {
			t.Errorf("%s: %v", form, err)
		}
	}
	assertNoContractViolations(t)
}

func TestNewClientRefusesAClientWithoutCredentials(t *testing.T) {
	if _, err := starrockssync.NewClient(starrockssync.WithEndpoint(stubURL)); err == nil || !strings.Contains(err.Error(), "WithCredentials") {
		t.Fatalf("expected an error naming WithCredentials, got %v", err)
	}
}

func TestCredentialsNeverPrintTheirSecret(t *testing.T) {
	for _, credentials := range []starrockssync.Credentials{
		starrockssync.Token(token),
		starrockssync.AccessKey("HPUAEXAMPLEKEY", secretKey, "project"),
	} {
		for _, format := range []string{"%v", "%+v", "%#v", "%s"} {
			printed := fmt.Sprintf(format, credentials)
			if strings.Contains(printed, secretKey) || strings.Contains(printed, token) || strings.Contains(printed, "HPUAEXAMPLEKEY") {
				t.Errorf("%s prints a secret: %s", format, printed)
			}
		}
	}
}

func TestAContextDeadlineGivesATimeoutError(t *testing.T) {
	operation := firstOperation(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	ctx = starrockssync.WithHeaders(ctx, http.Header{"Prefer": {"delay=3000"}})
	_, _, err := call(t, ctx, newClient(t, starrockssync.Token(token)), operation)
	var timeout *starrockssync.TimeoutError
	if !errors.As(err, &timeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("expected *TimeoutError wrapping context.DeadlineExceeded, got %T: %v", err, err)
	}
	if !timeout.Retryable() {
		t.Error("a timeout should be retryable")
	}
}

func TestARefusedConnectionGivesAConnectionError(t *testing.T) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedURL := "http://" + listener.Addr().String()
	listener.Close()
	client, err := starrockssync.NewClient(starrockssync.WithEndpoint(closedURL), starrockssync.WithCredentials(starrockssync.Token(token)))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = call(t, context.Background(), client, firstOperation(t))
	var connection *starrockssync.ConnectionError
	if !errors.As(err, &connection) || connection.Kind() != starrockssync.KindConnectionFailed {
		t.Fatalf("expected *ConnectionError, got %T: %v", err, err)
	}
}

func TestAnUnlistedEnumValueIsRefusedBeforeSending(t *testing.T) {
	if err := starrockssync.CheckResult("partially_applied").Validate(); err == nil {
		t.Fatal("Validate accepted a value the contract does not list")
	}
	var kept starrockssync.CheckResult
	if err := kept.UnmarshalJSON([]byte(`"partially_applied"`)); err != nil || kept != "partially_applied" || kept.IsValid() {
		t.Fatalf("an unlisted value received must be kept and reported as unknown: %v %q", err, kept)
	}
}

func TestANilContextIsRefusedWithATypedError(t *testing.T) {
	operation := firstOperation(t)
	//lint:ignore SA1012 the point of the test
	_, _, err := call(t, nilContext(), newClient(t, starrockssync.Token(token)), operation)
	var invalid *starrockssync.InvalidRequestError
	if !errors.As(err, &invalid) {
		t.Fatalf("expected *InvalidRequestError, got %T: %v", err, err)
	}
}

func nilContext() context.Context { return nil }

func TestARequestBreakingTheContractsLengthsOrListsIsNotSent(t *testing.T) {
	operation := firstOperation(t)
	// A header no other test sends marks these calls in the stub's journal.
	marker := fmt.Sprintf("not-sent-%d", time.Now().UnixNano())
	ctx := starrockssync.WithHeaders(context.Background(), http.Header{"X-Test-Marker": {marker}})
	for name, body := range map[string]string{
		"an empty parameter name":        `{"db_configs": [{"param_name": "", "value": "1"}]}`,
		"a repl_type the contract lacks": `{"table_repl_config": {"repl_type": "everything"}}`,
	} {
		operation.RequestBody = []byte(body)
		_, _, err := call(t, ctx, newClient(t, starrockssync.Token(token)), operation)
		var invalid *starrockssync.InvalidRequestError
		if !errors.As(err, &invalid) || len(invalid.Problems) == 0 {
			t.Errorf("%s: expected *InvalidRequestError naming the problem, got %T: %v", name, err, err)
		}
	}
	if journalHasHeader(t, "X-Test-Marker", marker) {
		t.Error("a request the SDK refused reached the stub")
	}
}

func TestWithRegionFillsTheContractsServerURL(t *testing.T) {
	client, err := starrockssync.NewClient(starrockssync.WithRegion("eu-west-101"), starrockssync.WithCredentials(starrockssync.Token(token)))
	if err != nil {
		t.Fatal(err)
	}
	url, err := client.GetConfig().ServerURL(0, nil)
	if err != nil {
		t.Fatalf("ServerURL: %v", err)
	}
	if !strings.Contains(url, "eu-west-101") || strings.Contains(url, "{region}") {
		t.Errorf("server URL %q does not carry the region", url)
	}
}

func TestTheDefaultTimeoutBoundsTheHTTPClient(t *testing.T) {
	client := newClient(t, starrockssync.Token(token))
	if got := client.GetConfig().HTTPClient.Timeout; got != starrockssync.DefaultTimeout {
		t.Errorf("http.Client.Timeout is %v, expected DefaultTimeout %v", got, starrockssync.DefaultTimeout)
	}
	client = newClient(t, starrockssync.Token(token), starrockssync.WithTimeout(3*time.Second))
	if got := client.GetConfig().HTTPClient.Timeout; got != 3*time.Second {
		t.Errorf("http.Client.Timeout is %v after WithTimeout(3s)", got)
	}
}

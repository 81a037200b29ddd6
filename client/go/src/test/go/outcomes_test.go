package starrockssync_test

import (
	"context"
	"errors"
	"net/http"
	"reflect"
	"testing"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

// credentialForms are the two ways to authenticate; every documented outcome runs with both.
func credentialForms(projectID string) map[string]starrockssync.Credentials {
	return map[string]starrockssync.Credentials{
		"iam_token": starrockssync.Token("conformance-test-token"),
		"aksk":      starrockssync.AccessKey("HPUACONFORMANCEKEY", "conformance-secret", projectID),
	}
}

func newClient(t *testing.T, credentials starrockssync.Credentials, options ...starrockssync.Option) *starrockssync.Client {
	t.Helper()
	client, err := starrockssync.NewClient(append([]starrockssync.Option{
		starrockssync.WithEndpoint(stubURL), starrockssync.WithCredentials(credentials)}, options...)...)
	if err != nil {
		t.Fatalf("NewClient: %v", err)
	}
	return client
}

func TestEveryDocumentedOutcomeArrivesAsTheModelOrTheTypedServiceError(t *testing.T) {
	var vectors outcomesFile
	readVectors(t, "outcomes.json", &vectors)
	if len(vectors.Operations) == 0 {
		t.Fatal("outcomes.json lists no operation")
	}
	if vectors.DocumentVersion != starrockssync.Version {
		t.Errorf("the SDK's Version is %q, the document's info.version %q", starrockssync.Version, vectors.DocumentVersion)
	}
	for _, operation := range vectors.Operations {
		for form, credentials := range credentialForms(operation.PathParameters["project_id"]) {
			client := newClient(t, credentials)
			for _, outcome := range operation.Outcomes {
				t.Run(operation.OperationID+"/"+outcome.Example+"/"+form, func(t *testing.T) {
					ctx := starrockssync.WithHeaders(context.Background(), http.Header{"Prefer": {outcome.Prefer}})
					value, response, err := call(t, ctx, client, operation)
					switch outcome.Kind {
					case "model":
						if err != nil {
							t.Fatalf("expected the %d model, got %v", outcome.Status, err)
						}
						if response.StatusCode != outcome.Status {
							t.Errorf("status %d, expected %d", response.StatusCode, outcome.Status)
						}
						if got, want := asJSON(t, value), genericJSON(t, outcome.Body); !reflect.DeepEqual(got, want) {
							t.Errorf("model %v, expected the example %v", got, want)
						}
					case "service_error":
						var service *starrockssync.ServiceError
						if !errors.As(err, &service) {
							t.Fatalf("expected *ServiceError, got %T: %v", err, err)
						}
						wantRequestID := ""
						if outcome.RequestID != nil {
							wantRequestID = *outcome.RequestID
						}
						if service.StatusCode != outcome.Status || service.ErrorCode != outcome.ErrorCode ||
							service.ErrorMsg != outcome.ErrorMsg || service.RequestID != wantRequestID {
							t.Errorf("got status %d, error_code %q, error_msg %q, request id %q; expected %d, %q, %q, %q",
								service.StatusCode, service.ErrorCode, service.ErrorMsg, service.RequestID,
								outcome.Status, outcome.ErrorCode, outcome.ErrorMsg, wantRequestID)
						}
						var sdkErr starrockssync.Error
						if !errors.As(err, &sdkErr) || sdkErr.Kind() != starrockssync.KindServiceError {
							t.Errorf("the error does not match the base type starrockssync.Error with kind service_error")
						}
					default:
						t.Fatalf("unknown outcome kind %q in outcomes.json", outcome.Kind)
					}
				})
			}
		}
	}
	assertNoContractViolations(t)
}

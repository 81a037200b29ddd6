package starrockssync_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

// operationVector is one operation of outcomes.json (VECTORS.md).
type operationVector struct {
	OperationID      string            `json:"operation_id"`
	Method           string            `json:"method"`
	Path             string            `json:"path"`
	PathParameters   map[string]string `json:"path_parameters"`
	QueryParameters  map[string]string `json:"query_parameters"`
	HeaderParameters map[string]string `json:"header_parameters"`
	RequestBody      json.RawMessage   `json:"request_body"`
	Outcomes         []outcomeVector   `json:"outcomes"`
}

type outcomeVector struct {
	Example   string          `json:"example"`
	Status    int             `json:"status"`
	Prefer    string          `json:"prefer"`
	Kind      string          `json:"kind"`
	Body      json.RawMessage `json:"body"`
	ErrorCode string          `json:"error_code"`
	ErrorMsg  string          `json:"error_msg"`
	RequestID *string         `json:"request_id"`
}

type outcomesFile struct {
	DocumentVersion string            `json:"document_version"`
	Operations      []operationVector `json:"operations"`
}

var pathParameter = regexp.MustCompile(`\{([^}]+)\}`)

// call runs an operation of the generated API by its operation_id, the way a user would:
// client.<Service>.<OperationId>(ctx, path parameters...).<Body>(body).<Header>(value).Execute().
// The Go generator's naming rule: the method is the operation_id with its first letter upper
// case; the path parameters come in the order of the path; each query or header parameter and
// the body have a setter on the request builder.
func call(t *testing.T, ctx context.Context, client *starrockssync.Client, operation operationVector) (any, *http.Response, error) {
	t.Helper()
	methodName := strings.ToUpper(operation.OperationID[:1]) + operation.OperationID[1:]
	services := reflect.ValueOf(client.APIClient).Elem()
	var method reflect.Value
	for i := 0; i < services.NumField(); i++ {
		field := services.Field(i)
		if field.Kind() == reflect.Pointer && services.Type().Field(i).IsExported() {
			if candidate := field.MethodByName(methodName); candidate.IsValid() {
				method = candidate
			}
		}
	}
	if !method.IsValid() {
		t.Fatalf("no generated service has a method %s for operation %s", methodName, operation.OperationID)
	}
	contextArgument := reflect.Zero(reflect.TypeOf((*context.Context)(nil)).Elem())
	if ctx != nil {
		contextArgument = reflect.ValueOf(ctx)
	}
	arguments := []reflect.Value{contextArgument}
	for _, match := range pathParameter.FindAllStringSubmatch(operation.Path, -1) {
		value, ok := operation.PathParameters[match[1]]
		if !ok {
			t.Fatalf("the vector has no value for path parameter %s", match[1])
		}
		arguments = append(arguments, reflect.ValueOf(value))
	}
	request := method.Call(arguments)[0]
	setters := map[string]string{}
	for name, value := range operation.QueryParameters {
		setters[exportedName(name)] = value
	}
	for name, value := range operation.HeaderParameters {
		setters[exportedName(name)] = value
	}
	for setter, value := range setters {
		m := request.MethodByName(setter)
		if !m.IsValid() {
			t.Fatalf("the request builder of %s has no setter %s", operation.OperationID, setter)
		}
		request = m.Call([]reflect.Value{reflect.ValueOf(value).Convert(m.Type().In(0))})[0]
	}
	if len(operation.RequestBody) > 0 && string(operation.RequestBody) != "null" {
		request = withBody(t, request, operation.RequestBody)
	}
	results := request.MethodByName("Execute").Call(nil)
	var err error
	if e := results[len(results)-1]; !e.IsNil() {
		err = e.Interface().(error)
	}
	response, _ := results[len(results)-2].Interface().(*http.Response)
	var value any
	if len(results) == 3 && !results[0].IsNil() {
		value = results[0].Interface()
	}
	return value, response, err
}

// withBody calls the one setter of the request builder that takes a model (the body).
func withBody(t *testing.T, request reflect.Value, body json.RawMessage) reflect.Value {
	t.Helper()
	for i := 0; i < request.NumMethod(); i++ {
		m := request.Method(i)
		if m.Type().NumIn() == 1 && m.Type().In(0).Kind() == reflect.Struct {
			model := reflect.New(m.Type().In(0))
			if err := json.Unmarshal(body, model.Interface()); err != nil {
				t.Fatalf("the vector's request body does not fit %s: %v", m.Type().In(0), err)
			}
			return m.Call([]reflect.Value{model.Elem()})[0]
		}
	}
	t.Fatalf("the request builder %s has no body setter", request.Type())
	return request
}

// exportedName is the generator's name of a parameter setter: X-Language -> XLanguage,
// page_size -> PageSize.
func exportedName(name string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// asJSON is a model as generic JSON, the way the SDK writes it back (unknown fields included).
func asJSON(t *testing.T, model any) any {
	t.Helper()
	content, err := json.Marshal(model)
	if err != nil {
		t.Fatalf("the model cannot be written back as JSON: %v", err)
	}
	var generic any
	if err := json.Unmarshal(content, &generic); err != nil {
		t.Fatalf("the model's JSON cannot be read: %v", err)
	}
	return generic
}

func genericJSON(t *testing.T, raw json.RawMessage) any {
	t.Helper()
	var generic any
	if err := json.Unmarshal(raw, &generic); err != nil {
		t.Fatalf("vector JSON cannot be read: %v", err)
	}
	return generic
}

// at resolves a JSON pointer (RFC 6901) in generic JSON.
func at(document any, pointer string) (any, bool) {
	if pointer == "" {
		return document, true
	}
	current := document
	for _, token := range strings.Split(strings.TrimPrefix(pointer, "/"), "/") {
		token = strings.ReplaceAll(strings.ReplaceAll(token, "~1", "/"), "~0", "~")
		switch node := current.(type) {
		case map[string]any:
			value, ok := node[token]
			if !ok {
				return nil, false
			}
			current = value
		case []any:
			index := -1
			for i := range node {
				if token == strconv.Itoa(i) {
					index = i
				}
			}
			if index < 0 {
				return nil, false
			}
			current = node[index]
		default:
			return nil, false
		}
	}
	return current, true
}

// statusOf is the HTTP status an SDK error carries, or 0.
func statusOf(err error) int {
	var service *starrockssync.ServiceError
	var unexpected *starrockssync.UnexpectedResponseError
	var empty *starrockssync.EmptyResponseError
	var malformed *starrockssync.MalformedResponseError
	switch {
	case errors.As(err, &service):
		return service.StatusCode
	case errors.As(err, &unexpected):
		return unexpected.StatusCode
	case errors.As(err, &empty):
		return empty.StatusCode
	case errors.As(err, &malformed):
		return malformed.StatusCode
	}
	return 0
}

func mustJSON(t *testing.T, value any) []byte {
	t.Helper()
	content, err := json.Marshal(value)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	return content
}

func asJSONString(value any) string {
	content, err := json.Marshal(value)
	if err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return string(content)
}

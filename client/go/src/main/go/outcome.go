package starrockssync

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// param is one argument of a call, as the generated Execute passes it to checkBeforeSending.
type param struct {
	name  string
	value any
}

// validator is implemented by values that check themselves against the contract.
type validator interface {
	Validate() error
}

// checkBeforeSending refuses a call the contract would refuse, before anything is sent.
func checkBeforeSending(ctx context.Context, operationID string, params ...param) error {
	if ctx == nil {
		return &InvalidRequestError{OperationID: operationID, Problems: []string{"the context is nil; pass context.Background() or a context with a deadline"}}
	}
	var problems []string
	for _, p := range params {
		if v, ok := p.value.(validator); ok && !isNilPointer(p.value) {
			if err := v.Validate(); err != nil {
				problems = append(problems, p.name+": "+err.Error())
			}
		}
	}
	if len(problems) > 0 {
		return &InvalidRequestError{OperationID: operationID, Problems: problems}
	}
	return nil
}

func isNilPointer(value any) bool {
	if value == nil {
		return true
	}
	v := reflect.ValueOf(value)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// outcome turns what the generated Execute returned into nil or one of this package's typed
// errors. The generated code has already read the whole body and left it in response.Body.
func outcome(ctx context.Context, operationID string, response *http.Response, err error, expectsBody bool) error {
	if response == nil {
		if err == nil {
			return nil
		}
		return exchangeError(ctx, operationID, err)
	}
	body, _ := io.ReadAll(response.Body)
	response.Body = io.NopCloser(bytes.NewReader(body))
	requestID := response.Header.Get(RequestIDHeader)
	var generated *GenericOpenAPIError
	if err != nil && !errors.As(err, &generated) {
		// Reading the body failed part way.
		if isTimeout(ctx, err) {
			return &TimeoutError{OperationID: operationID, Err: err}
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return &MalformedResponseError{OperationID: operationID, StatusCode: response.StatusCode, RequestID: requestID, Header: response.Header, Body: body, Err: errors.New("the body ended before its announced length")}
		}
		return &ConnectionError{OperationID: operationID, Err: err}
	}
	status := response.StatusCode
	contentType := response.Header.Get("Content-Type")
	if status < 200 || status > 299 {
		var document ErrorResponse
		if isJSON(contentType) && json.Unmarshal(body, &document) == nil {
			if requestID == "" && document.RequestId != nil {
				requestID = *document.RequestId
			}
			return &ServiceError{OperationID: operationID, StatusCode: status, ErrorCode: document.ErrorCode, ErrorMsg: document.ErrorMsg, RequestID: requestID, RetryAfter: retryAfter(response.Header), Header: response.Header, Body: body}
		}
		return &UnexpectedResponseError{OperationID: operationID, StatusCode: status, ContentType: contentType, RequestID: requestID, RetryAfter: retryAfter(response.Header), Header: response.Header, Body: body}
	}
	if !expectsBody {
		return nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return &EmptyResponseError{OperationID: operationID, StatusCode: status, RequestID: requestID, Header: response.Header}
	}
	if contentType != "" && !isJSON(contentType) {
		return &UnexpectedResponseError{OperationID: operationID, StatusCode: status, ContentType: contentType, RequestID: requestID, Header: response.Header, Body: body}
	}
	if !json.Valid(body) {
		var syntaxErr error = errors.New("not valid JSON")
		var probe any
		if decodeErr := json.Unmarshal(body, &probe); decodeErr != nil {
			syntaxErr = decodeErr
		}
		return &MalformedResponseError{OperationID: operationID, StatusCode: status, RequestID: requestID, Header: response.Header, Body: body, Err: syntaxErr}
	}
	if err != nil {
		return &MalformedResponseError{OperationID: operationID, StatusCode: status, RequestID: requestID, Header: response.Header, Body: body, Err: err}
	}
	return nil
}

// exchangeError types a failure that left no answer.
func exchangeError(ctx context.Context, operationID string, err error) error {
	var typed Error
	if errors.As(err, &typed) {
		if invalid, ok := typed.(*InvalidRequestError); ok && invalid.OperationID == "" {
			invalid.OperationID = operationID
		}
		return typed
	}
	if isTimeout(ctx, err) {
		return &TimeoutError{OperationID: operationID, Err: err}
	}
	var urlErr *url.Error
	var netErr net.Error
	if errors.As(err, &urlErr) || errors.As(err, &netErr) || errors.Is(err, context.Canceled) {
		return &ConnectionError{OperationID: operationID, Err: err}
	}
	return &InvalidRequestError{OperationID: operationID, Err: err}
}

func isTimeout(ctx context.Context, err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || (ctx != nil && errors.Is(ctx.Err(), context.DeadlineExceeded)) {
		return true
	}
	var netErr net.Error
	return errors.As(err, &netErr) && netErr.Timeout()
}

func isJSON(contentType string) bool {
	mediaType, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return mediaType == "application/json" || strings.HasSuffix(mediaType, "+json")
}

// retryAfter reads Retry-After: seconds, or an HTTP date.
func retryAfter(header http.Header) time.Duration {
	value := strings.TrimSpace(header.Get("Retry-After"))
	if value == "" {
		return 0
	}
	if seconds, err := strconv.Atoi(value); err == nil && seconds >= 0 {
		return time.Duration(seconds) * time.Second
	}
	if at, err := http.ParseTime(value); err == nil {
		if wait := time.Until(at); wait > 0 {
			return wait
		}
	}
	return 0
}

// checkString is the generated Validate's check of one string: its length in characters
// (as JSON Schema counts them) and, for an inline enumeration, its value. -1 means no bound.
func checkString(problems *[]string, name string, value *string, minLength, maxLength int, allowed []string) {
	if value == nil {
		return
	}
	length := utf8.RuneCountInString(*value)
	if minLength >= 0 && length < minLength {
		*problems = append(*problems, fmt.Sprintf("%s has %d characters, at least %d needed", name, length, minLength))
	}
	if maxLength >= 0 && length > maxLength {
		*problems = append(*problems, fmt.Sprintf("%s has %d characters, at most %d allowed", name, length, maxLength))
	}
	if allowed != nil && !slices.Contains(allowed, *value) {
		*problems = append(*problems, fmt.Sprintf("%s is %q, not one of %q", name, *value, allowed))
	}
}

// checkNested runs the Validate of a nested model or enumeration value.
func checkNested(problems *[]string, name string, value any) {
	if v, ok := value.(validator); ok && !isNilPointer(value) {
		if err := v.Validate(); err != nil {
			*problems = append(*problems, name+": "+err.Error())
		}
	}
}

func problemsError(problems []string) error {
	if len(problems) == 0 {
		return nil
	}
	return errors.New(strings.Join(problems, "; "))
}

// indexed names an item of a list field: db_configs[2].
func indexed(name string, index int) string {
	return name + "[" + strconv.Itoa(index) + "]"
}

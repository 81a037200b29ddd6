package starrockssync

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// ErrorKind names what went wrong, in the words every SDK of this API shares.
type ErrorKind string

// The kinds of Error.
const (
	// KindServiceError: an error status with the API's error body (*ServiceError).
	KindServiceError ErrorKind = "service_error"
	// KindUnexpectedResponse: an answer that is not the API's JSON, such as a gateway's HTML
	// page (*UnexpectedResponseError).
	KindUnexpectedResponse ErrorKind = "unexpected_response"
	// KindEmptyResponse: a success status without the body the operation promises
	// (*EmptyResponseError).
	KindEmptyResponse ErrorKind = "empty_response"
	// KindMalformedResponse: a body that is not JSON of the promised shape, or that ended early
	// (*MalformedResponseError).
	KindMalformedResponse ErrorKind = "malformed_response"
	// KindTimeout: no complete answer within the client's timeout or the context's deadline
	// (*TimeoutError).
	KindTimeout ErrorKind = "timeout"
	// KindConnectionFailed: the exchange failed below HTTP, or the context was cancelled
	// (*ConnectionError).
	KindConnectionFailed ErrorKind = "connection_failed"
	// KindInvalidRequest: the request was not sent, it breaks the contract or cannot be built
	// (*InvalidRequestError).
	KindInvalidRequest ErrorKind = "invalid_request"
)

// Error is implemented by every error a call returns: errors.As(err, &sdkErr) with
// `var sdkErr starrockssync.Error` matches them all.
type Error interface {
	error
	// Kind says what went wrong.
	Kind() ErrorKind
	// Retryable reports whether the same request may succeed later: a 429 or 5xx answer, a
	// timeout or a failed connection.
	Retryable() bool
}

// RequestIDHeader carries the provider's ID of a request.
const RequestIDHeader = "X-Request-Id"

// ServiceError is an answer outside 2xx whose body is the API's error document.
type ServiceError struct {
	OperationID string
	StatusCode  int
	// ErrorCode is the API's error_code, such as "DBS.200022".
	ErrorCode string
	// ErrorMsg is the API's error_msg.
	ErrorMsg string
	// RequestID is the provider's ID of the request, from the X-Request-Id header or, for the
	// API gateway's own errors, the body's request_id; empty when neither is there.
	RequestID string
	// RetryAfter is the wait the Retry-After header asks for; zero when there is none.
	RetryAfter time.Duration
	// Header and Body are the answer as received.
	Header http.Header
	Body   []byte
}

func (e *ServiceError) Error() string {
	return fmt.Sprintf("starrockssync: %s: HTTP %d %s: %s%s", e.OperationID, e.StatusCode, e.ErrorCode, e.ErrorMsg, requestIDSuffix(e.RequestID))
}

// Kind is KindServiceError.
func (e *ServiceError) Kind() ErrorKind { return KindServiceError }

// Retryable is true for 429 (too many requests) and 5xx.
func (e *ServiceError) Retryable() bool { return retryableStatus(e.StatusCode) }

// UnexpectedResponseError is an answer that is not the API's JSON: a gateway's HTML error
// page, an error status without the API's error body, or a success in another content type.
type UnexpectedResponseError struct {
	OperationID string
	StatusCode  int
	ContentType string
	RequestID   string
	RetryAfter  time.Duration
	Header      http.Header
	Body        []byte
}

func (e *UnexpectedResponseError) Error() string {
	return fmt.Sprintf("starrockssync: %s: unexpected answer, HTTP %d %q, not the API's JSON: %s%s", e.OperationID, e.StatusCode, e.ContentType, quoted(e.Body), requestIDSuffix(e.RequestID))
}

// Kind is KindUnexpectedResponse.
func (e *UnexpectedResponseError) Kind() ErrorKind { return KindUnexpectedResponse }

// Retryable is true for 429 and 5xx (a gateway's 502 or 503, say).
func (e *UnexpectedResponseError) Retryable() bool { return retryableStatus(e.StatusCode) }

// EmptyResponseError is a success status without the body the operation promises.
type EmptyResponseError struct {
	OperationID string
	StatusCode  int
	RequestID   string
	Header      http.Header
}

func (e *EmptyResponseError) Error() string {
	return fmt.Sprintf("starrockssync: %s: HTTP %d with an empty body, where the contract promises one%s", e.OperationID, e.StatusCode, requestIDSuffix(e.RequestID))
}

// Kind is KindEmptyResponse.
func (e *EmptyResponseError) Kind() ErrorKind { return KindEmptyResponse }

// Retryable is false: the change may have been applied.
func (e *EmptyResponseError) Retryable() bool { return false }

// MalformedResponseError is a body that is not JSON of the promised shape, or that ended before
// its announced length.
type MalformedResponseError struct {
	OperationID string
	StatusCode  int
	RequestID   string
	Header      http.Header
	Body        []byte
	// Err is the JSON or read error.
	Err error
}

func (e *MalformedResponseError) Error() string {
	return fmt.Sprintf("starrockssync: %s: HTTP %d with a body that cannot be read (%v): %s%s", e.OperationID, e.StatusCode, e.Err, quoted(e.Body), requestIDSuffix(e.RequestID))
}

// Kind is KindMalformedResponse.
func (e *MalformedResponseError) Kind() ErrorKind { return KindMalformedResponse }

// Retryable is false: the change may have been applied.
func (e *MalformedResponseError) Retryable() bool { return false }

func (e *MalformedResponseError) Unwrap() error { return e.Err }

// TimeoutError: no complete answer within the client's timeout (WithTimeout) or the context's
// deadline. errors.Is(err, context.DeadlineExceeded) holds when the context's deadline passed.
type TimeoutError struct {
	OperationID string
	Err         error
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("starrockssync: %s: timed out: %v", e.OperationID, e.Err)
}

// Kind is KindTimeout.
func (e *TimeoutError) Kind() ErrorKind { return KindTimeout }

// Retryable is true.
func (e *TimeoutError) Retryable() bool { return true }

func (e *TimeoutError) Unwrap() error { return e.Err }

// ConnectionError: the exchange failed below HTTP (refused, reset, DNS, TLS), or the caller
// cancelled the context (errors.Is(err, context.Canceled) then holds).
type ConnectionError struct {
	OperationID string
	Err         error
}

func (e *ConnectionError) Error() string {
	return fmt.Sprintf("starrockssync: %s: connection failed: %v", e.OperationID, e.Err)
}

// Kind is KindConnectionFailed.
func (e *ConnectionError) Kind() ErrorKind { return KindConnectionFailed }

// Retryable is true.
func (e *ConnectionError) Retryable() bool { return true }

func (e *ConnectionError) Unwrap() error { return e.Err }

// InvalidRequestError: the request was not sent. Problems says why, one entry per broken rule.
type InvalidRequestError struct {
	OperationID string
	Problems    []string
	Err         error
}

func (e *InvalidRequestError) Error() string {
	problems := strings.Join(e.Problems, "; ")
	if e.Err != nil {
		if problems != "" {
			problems += "; "
		}
		problems += e.Err.Error()
	}
	return fmt.Sprintf("starrockssync: %s: request not sent: %s", e.OperationID, problems)
}

// Kind is KindInvalidRequest.
func (e *InvalidRequestError) Kind() ErrorKind { return KindInvalidRequest }

// Retryable is false.
func (e *InvalidRequestError) Retryable() bool { return false }

func (e *InvalidRequestError) Unwrap() error { return e.Err }

func retryableStatus(status int) bool {
	return status == http.StatusTooManyRequests || (status >= 500 && status < 600)
}

func requestIDSuffix(requestID string) string {
	if requestID == "" {
		return ""
	}
	return " (request id " + requestID + ")"
}

// quoted is the start of a body, for a message: at most 200 characters, on one line.
func quoted(body []byte) string {
	const limit = 200
	text := strings.Join(strings.Fields(string(body)), " ")
	if len(text) > limit {
		text = text[:limit] + "..."
	}
	return fmt.Sprintf("%q", text)
}

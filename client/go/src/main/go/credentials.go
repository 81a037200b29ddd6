package starrockssync

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Credentials authenticate each request: Token for an IAM token, AccessKey for the provider's
// AK/SK signature. Neither ever prints its secret (String and GoString mask it).
type Credentials interface {
	authenticate(request *http.Request, body []byte, now time.Time) error
}

// Header names of the two credential forms, as the contract's security schemes name them.
const (
	TokenHeader     = "X-Auth-Token"
	ProjectIDHeader = "X-Project-Id"
)

// TokenCredentials send an IAM user token in X-Auth-Token.
type TokenCredentials struct {
	token string
}

// Token returns credentials that send token (the X-Subject-Token IAM returned) in X-Auth-Token.
func Token(token string) TokenCredentials {
	return TokenCredentials{token: token}
}

func (c TokenCredentials) authenticate(request *http.Request, _ []byte, _ time.Time) error {
	if c.token == "" {
		return &InvalidRequestError{Problems: []string{"the IAM token is empty"}}
	}
	request.Header.Set(TokenHeader, c.token)
	return nil
}

// String masks the token.
func (c TokenCredentials) String() string { return "TokenCredentials{token=****}" }

// GoString masks the token (%#v).
func (c TokenCredentials) GoString() string { return c.String() }

// AccessKeyCredentials sign each request with the provider's AK/SK scheme (SDK-HMAC-SHA256),
// and send X-Project-Id when a project is given, as the provider's SDKs do.
type AccessKeyCredentials struct {
	accessKeyID     string
	secretAccessKey string
	projectID       string
}

// AccessKey returns credentials that sign each request with the access key id and secret
// access key. projectID, when not empty, is sent (and signed) in X-Project-Id.
func AccessKey(accessKeyID, secretAccessKey, projectID string) AccessKeyCredentials {
	return AccessKeyCredentials{accessKeyID: accessKeyID, secretAccessKey: secretAccessKey, projectID: projectID}
}

func (c AccessKeyCredentials) authenticate(request *http.Request, body []byte, now time.Time) error {
	if c.accessKeyID == "" || c.secretAccessKey == "" {
		return &InvalidRequestError{Problems: []string{"the access key id or the secret access key is empty"}}
	}
	if c.projectID != "" {
		request.Header.Set(ProjectIDHeader, c.projectID)
	}
	headers := make([][2]string, 0, len(request.Header))
	for name, values := range request.Header {
		for _, value := range values {
			headers = append(headers, [2]string{name, value})
		}
	}
	signature, err := SignAkSk(c.accessKeyID, c.secretAccessKey, SigningInput{
		Method: request.Method, URL: request.URL.String(), Headers: headers, Body: body, Now: now,
	})
	if err != nil {
		return err
	}
	for _, header := range signature.AddedHeaders {
		request.Header.Set(header[0], header[1])
	}
	// The Host header Go sends must be the one that was signed (no default port).
	request.Host = signature.Host
	return nil
}

// String masks the secret key and all but the first four characters of the access key id.
func (c AccessKeyCredentials) String() string {
	return fmt.Sprintf("AccessKeyCredentials{accessKeyID=%s, secretAccessKey=****, projectID=%s}", masked(c.accessKeyID), c.projectID)
}

// GoString masks the keys (%#v).
func (c AccessKeyCredentials) GoString() string { return c.String() }

func masked(value string) string {
	if len(value) <= 4 {
		return "****"
	}
	return value[:4] + "****"
}

// credentialTransport adds the credential headers to each request, on a copy (a RoundTripper
// must not change the caller's request).
type credentialTransport struct {
	next        http.RoundTripper
	credentials Credentials
	now         func() time.Time
}

func (t *credentialTransport) RoundTrip(request *http.Request) (*http.Response, error) {
	body, err := readBody(request)
	if err != nil {
		return nil, err
	}
	authenticated := request.Clone(request.Context())
	if body != nil {
		authenticated.Body = io.NopCloser(bytes.NewReader(body))
		authenticated.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		authenticated.ContentLength = int64(len(body))
	}
	if extra, ok := request.Context().Value(headersKey{}).(http.Header); ok {
		for name, values := range extra {
			authenticated.Header[name] = append([]string(nil), values...)
		}
	}
	if err := t.credentials.authenticate(authenticated, body, t.now()); err != nil {
		return nil, err
	}
	return t.next.RoundTrip(authenticated)
}

func readBody(request *http.Request) ([]byte, error) {
	if request.Body == nil || request.Body == http.NoBody {
		return nil, nil
	}
	if request.GetBody != nil {
		copied, err := request.GetBody()
		if err != nil {
			return nil, err
		}
		defer copied.Close()
		request.Body.Close()
		return io.ReadAll(copied)
	}
	defer request.Body.Close()
	return io.ReadAll(request.Body)
}

package starrockssync

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"
)

// DefaultTimeout bounds a whole call (connecting, sending, waiting, reading the answer) when
// the caller's context has no earlier deadline. It is the Java SDK's request timeout.
const DefaultTimeout = 30 * time.Second

// Client is the generated API client (its DataSynchronizationAPI field is the service) set up
// with credentials, a timeout and the endpoint. Build it with NewClient; it is safe for
// concurrent use.
type Client struct {
	*APIClient
}

type settings struct {
	endpoint    string
	region      string
	credentials Credentials
	timeout     time.Duration
	httpClient  *http.Client
	userAgent   string
}

// Option configures NewClient.
type Option func(*settings)

// WithEndpoint sends every call to baseURL (for example "http://localhost:8080" for the stub)
// instead of the contract's regional server.
func WithEndpoint(baseURL string) Option {
	return func(s *settings) { s.endpoint = strings.TrimRight(baseURL, "/") }
}

// WithRegion fills the region into the contract's server URL (its default region otherwise).
func WithRegion(region string) Option {
	return func(s *settings) { s.region = region }
}

// WithCredentials sets how each request is authenticated: Token(...) or AccessKey(...).
// Required.
func WithCredentials(c Credentials) Option {
	return func(s *settings) { s.credentials = c }
}

// WithTimeout replaces DefaultTimeout, the bound on each whole call; a context deadline
// shorter than it wins. Zero or less means DefaultTimeout.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) { s.timeout = d }
}

// WithHTTPClient uses a copy of c (its transport, proxy, TLS settings). Its Timeout is kept
// when set; the credentials are added around its Transport.
func WithHTTPClient(c *http.Client) Option {
	return func(s *settings) { s.httpClient = c }
}

// WithUserAgent replaces the User-Agent header ("starrocks-sync-go/<Version>").
func WithUserAgent(userAgent string) Option {
	return func(s *settings) { s.userAgent = userAgent }
}

// NewClient builds a client. Credentials are required; everything else has a default.
func NewClient(options ...Option) (*Client, error) {
	s := settings{timeout: DefaultTimeout, userAgent: "starrocks-sync-go/" + Version}
	for _, option := range options {
		option(&s)
	}
	if s.credentials == nil {
		return nil, errors.New("starrockssync: no credentials: pass WithCredentials(Token(...)) or WithCredentials(AccessKey(...))")
	}
	if s.timeout <= 0 {
		s.timeout = DefaultTimeout
	}
	httpClient := &http.Client{}
	if s.httpClient != nil {
		copied := *s.httpClient
		httpClient = &copied
	}
	if httpClient.Timeout == 0 {
		httpClient.Timeout = s.timeout
	}
	next := httpClient.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	httpClient.Transport = &credentialTransport{next: next, credentials: s.credentials, now: time.Now}

	cfg := NewConfiguration()
	cfg.HTTPClient = httpClient
	cfg.UserAgent = s.userAgent
	switch {
	case s.endpoint != "":
		cfg.Servers = ServerConfigurations{{URL: s.endpoint, Description: "set with WithEndpoint"}}
	case s.region != "":
		servers := make(ServerConfigurations, len(cfg.Servers))
		for i, server := range cfg.Servers {
			variables := map[string]ServerVariable{}
			for name, variable := range server.Variables {
				if name == "region" {
					variable.DefaultValue = s.region
					variable.EnumValues = nil
				}
				variables[name] = variable
			}
			server.Variables = variables
			servers[i] = server
		}
		cfg.Servers = servers
	}
	return &Client{APIClient: NewAPIClient(cfg)}, nil
}

type headersKey struct{}

// WithHeaders returns a context whose calls also send headers (signed with the rest under
// AK/SK), for example the stub's `Prefer: example=instance_not_found`. Headers given to
// several nested contexts add up; a later value of a name replaces an earlier one.
func WithHeaders(ctx context.Context, headers http.Header) context.Context {
	merged := http.Header{}
	if earlier, ok := ctx.Value(headersKey{}).(http.Header); ok {
		for name, values := range earlier {
			merged[name] = values
		}
	}
	for name, values := range headers {
		merged[http.CanonicalHeaderKey(name)] = append([]string(nil), values...)
	}
	return context.WithValue(ctx, headersKey{}, merged)
}

package starrockssync

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// The provider's AK/SK request signature, SDK-HMAC-SHA256, ported line for line from the Java
// SDK's AkSkSigner (client/java .../auth/AkSkSigner.java); the conformance vectors written by
// the Java side prove both give the same bytes.
//
// The canonical request is, one per line: the method; the path, each segment percent-encoded
// (RFC 3986 unreserved characters kept) and followed by "/"; the query, parameters sorted by
// encoded name, values in their order; one "name:value" line per signed header, sorted; the
// signed header names joined by ";"; the hex SHA-256 of the body (or the value of
// X-Sdk-Content-Sha256 when the request sets it). Signed are all headers of the request except
// Content-Type and names with "_", plus host and X-Sdk-Date.
const (
	SigningAlgorithm    = "SDK-HMAC-SHA256"
	SdkDateHeader       = "X-Sdk-Date"
	ContentSha256Header = "X-Sdk-Content-Sha256"
	AuthorizationHeader = "Authorization"
	sdkDateLayout       = "20060102T150405Z"
)

// SigningInput is the request a signature covers.
type SigningInput struct {
	Method string
	// URL is the absolute URL the request goes to, percent-encoded as sent.
	URL string
	// Headers in the order they are set; names in any case. The first value of a name counts.
	Headers [][2]string
	// Body is the exact bytes sent (nil for none).
	Body []byte
	// Now is the signing time, used when Headers have no X-Sdk-Date.
	Now time.Time
}

// Signature is the result of SignAkSk. It holds no secret.
type Signature struct {
	CanonicalRequest string
	StringToSign     string
	SignedHeaders    string
	Authorization    string
	// SdkDate is the signed time, the X-Sdk-Date value.
	SdkDate string
	// Host is the signed host ("host:port" unless the port is the scheme's default); the
	// request must send it as its Host header.
	Host string
	// AddedHeaders are the headers to add to the request: X-Sdk-Date (unless it had one) and
	// Authorization.
	AddedHeaders [][2]string
}

// SignAkSk signs a request with the access key id and secret access key. It is a pure
// function: the same input gives the same signature.
func SignAkSk(accessKeyID, secretAccessKey string, in SigningInput) (Signature, error) {
	parsed, err := url.Parse(in.URL)
	if err != nil || parsed.Host == "" {
		return Signature{}, &InvalidRequestError{Problems: []string{fmt.Sprintf("cannot sign a request to a URL that is not absolute: %q", in.URL)}}
	}
	var added [][2]string
	date, hasDate := firstHeader(in.Headers, SdkDateHeader)
	if !hasDate {
		date = in.Now.UTC().Format(sdkDateLayout)
		added = append(added, [2]string{SdkDateHeader, date})
	}
	host := signedHost(parsed)
	signed := map[string]string{}
	for _, header := range in.Headers {
		name := strings.ToLower(header[0])
		if strings.EqualFold(name, "content-type") || strings.Contains(name, "_") {
			continue
		}
		if _, seen := signed[name]; !seen {
			signed[name] = header[1]
		}
	}
	signed["host"] = host
	signed[strings.ToLower(SdkDateHeader)] = date
	names := make([]string, 0, len(signed))
	for name := range signed {
		names = append(names, name)
	}
	sort.Strings(names)
	var canonicalHeaders strings.Builder
	for _, name := range names {
		canonicalHeaders.WriteString(name + ":" + signed[name] + "\n")
	}
	signedHeaderNames := strings.Join(names, ";")
	payloadHash, hasPayloadHash := firstHeader(in.Headers, ContentSha256Header)
	if !hasPayloadHash {
		payloadHash = sha256Hex(in.Body)
	}
	canonical := strings.Join([]string{
		in.Method,
		canonicalURI(parsed.EscapedPath()),
		canonicalQuery(parsed.RawQuery),
		canonicalHeaders.String(),
		signedHeaderNames,
		payloadHash,
	}, "\n")
	stringToSign := SigningAlgorithm + "\n" + date + "\n" + sha256Hex([]byte(canonical))
	mac := hmac.New(sha256.New, []byte(secretAccessKey))
	mac.Write([]byte(stringToSign))
	authorization := SigningAlgorithm + " Access=" + accessKeyID + ", SignedHeaders=" + signedHeaderNames +
		", Signature=" + hex.EncodeToString(mac.Sum(nil))
	added = append(added, [2]string{AuthorizationHeader, authorization})
	return Signature{
		CanonicalRequest: canonical,
		StringToSign:     stringToSign,
		SignedHeaders:    signedHeaderNames,
		Authorization:    authorization,
		SdkDate:          date,
		Host:             host,
		AddedHeaders:     added,
	}, nil
}

func firstHeader(headers [][2]string, name string) (string, bool) {
	for _, header := range headers {
		if strings.EqualFold(header[0], name) {
			return header[1], true
		}
	}
	return "", false
}

// signedHost is the Host header java.net.http sends: the port only when it is not the
// scheme's default.
func signedHost(u *url.URL) string {
	host := u.Hostname()
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	port := u.Port()
	secure := strings.EqualFold(u.Scheme, "https")
	if port == "" || (secure && port == "443") || (!secure && port == "80") {
		return host
	}
	return host + ":" + port
}

func canonicalURI(path string) string {
	if path == "" || path == "/" {
		// java.net.URI gives "" for no path: "".split("/") is [""], so "/".
		return "/"
	}
	var canonical strings.Builder
	for _, segment := range javaSplit(path, "/") {
		canonical.WriteString(encode(decode(segment)) + "/")
	}
	return canonical.String()
}

// javaSplit is Java's String.split with a literal separator: trailing empty strings removed,
// and the whole string when the separator does not occur.
func javaSplit(text, separator string) []string {
	if !strings.Contains(text, separator) {
		return []string{text}
	}
	parts := strings.Split(text, separator)
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

func canonicalQuery(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parameters := map[string][]string{}
	for _, pair := range javaSplit(rawQuery, "&") {
		if pair == "" {
			continue
		}
		name, value, _ := strings.Cut(pair, "=")
		encodedName := encode(decode(name))
		parameters[encodedName] = append(parameters[encodedName], encode(decode(value)))
	}
	names := make([]string, 0, len(parameters))
	for name := range parameters {
		names = append(names, name)
	}
	sort.Strings(names)
	var canonical []string
	for _, name := range names {
		for _, value := range parameters[name] {
			canonical = append(canonical, name+"="+value)
		}
	}
	return strings.Join(canonical, "&")
}

// encode percent-encodes all but the RFC 3986 unreserved characters, with upper-case hex.
func encode(text string) string {
	const hexDigits = "0123456789ABCDEF"
	var encoded strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		if (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
			c == '-' || c == '.' || c == '_' || c == '~' {
			encoded.WriteByte(c)
		} else {
			encoded.WriteByte('%')
			encoded.WriteByte(hexDigits[c>>4])
			encoded.WriteByte(hexDigits[c&0xf])
		}
	}
	return encoded.String()
}

// decode undoes percent-encoding ("+" stays a plus sign); a malformed escape stays as it is.
// Bytes that are not UTF-8 become U+FFFD, as Java's String decoding makes them.
func decode(text string) string {
	if !strings.Contains(text, "%") {
		return text
	}
	out := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '%' && i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]) {
			out = append(out, unhex(text[i+1])<<4|unhex(text[i+2]))
			i += 2
		} else {
			out = append(out, c)
		}
	}
	if utf8.Valid(out) {
		return string(out)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

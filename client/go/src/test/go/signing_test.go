package starrockssync_test

import (
	"testing"
	"time"

	starrockssync "github.com/contractkit/starrocks-sync-go"
)

type signingFile struct {
	Algorithm string `json:"algorithm"`
	Cases     []struct {
		Name             string      `json:"name"`
		AccessKey        string      `json:"access_key"`
		SecretKey        string      `json:"secret_key"`
		Method           string      `json:"method"`
		URL              string      `json:"url"`
		Headers          [][2]string `json:"headers"`
		Body             string      `json:"body"`
		Now              string      `json:"now"`
		SdkDate          string      `json:"sdk_date"`
		CanonicalRequest string      `json:"canonical_request"`
		StringToSign     string      `json:"string_to_sign"`
		SignedHeaders    string      `json:"signed_headers"`
		Authorization    string      `json:"authorization"`
	} `json:"cases"`
}

func TestAkSkSignaturesAreByteIdenticalToTheJavaSigner(t *testing.T) {
	var vectors signingFile
	readVectors(t, "signing.json", &vectors)
	if vectors.Algorithm != starrockssync.SigningAlgorithm {
		t.Fatalf("signing.json is for %q, the SDK signs %q", vectors.Algorithm, starrockssync.SigningAlgorithm)
	}
	if len(vectors.Cases) == 0 {
		t.Fatal("signing.json has no case")
	}
	for _, c := range vectors.Cases {
		t.Run(c.Name, func(t *testing.T) {
			// now is the signing time; sdk_date, what is signed (the same unless the request
			// carries its own X-Sdk-Date). Files of the first format have only sdk_date.
			signingTime := c.Now
			if signingTime == "" {
				signingTime = c.SdkDate
			}
			now, err := time.Parse("20060102T150405Z", signingTime)
			if err != nil {
				t.Fatalf("now %q: %v", signingTime, err)
			}
			signature, err := starrockssync.SignAkSk(c.AccessKey, c.SecretKey, starrockssync.SigningInput{
				Method: c.Method, URL: c.URL, Headers: c.Headers, Body: []byte(c.Body), Now: now,
			})
			if err != nil {
				t.Fatalf("SignAkSk: %v", err)
			}
			if signature.CanonicalRequest != c.CanonicalRequest {
				t.Errorf("canonical request\n got: %q\nwant: %q", signature.CanonicalRequest, c.CanonicalRequest)
			}
			if signature.StringToSign != c.StringToSign {
				t.Errorf("string to sign\n got: %q\nwant: %q", signature.StringToSign, c.StringToSign)
			}
			if c.SignedHeaders != "" && signature.SignedHeaders != c.SignedHeaders {
				t.Errorf("signed headers %q, want %q", signature.SignedHeaders, c.SignedHeaders)
			}
			if signature.SdkDate != c.SdkDate {
				t.Errorf("signed date %q, want %q", signature.SdkDate, c.SdkDate)
			}
			if signature.Authorization != c.Authorization {
				t.Errorf("authorization\n got: %q\nwant: %q", signature.Authorization, c.Authorization)
			}
		})
	}
}

// Package starrockssync is the Go SDK of the TaurusDB HTAP (StarRocks) data synchronization
// API: PUT /v3/{project_id}/instances/{instance_id}/starrocks/databases/replication.
//
// The models and the service (DataSynchronizationAPI) are generated at build time from the
// OpenAPI document by openapi-generator's "go" generator; this package adds by hand what
// generation cannot give: NewClient with timeouts, the two credential forms (an IAM token, or
// the provider's AK/SK signature, byte-identical to the Java SDK's signer), and typed errors.
//
//	client, err := starrockssync.NewClient(
//		starrockssync.WithEndpoint("http://localhost:8080"),
//		starrockssync.WithCredentials(starrockssync.Token("my-iam-token")))
//	answer, _, err := client.DataSynchronizationAPI.
//		ModifyDataSynchronizationConfig(ctx, projectID, instanceID).
//		ModifyDataSynchronizationConfigRequest(starrockssync.ModifyDataSynchronizationConfigRequest{
//			SourceDatabaseName: starrockssync.PtrString("sales")}).
//		Execute()
//
// Every error a call returns implements [Error]; use errors.As with *[ServiceError],
// *[UnexpectedResponseError], *[EmptyResponseError], *[MalformedResponseError],
// *[TimeoutError], *[ConnectionError] or *[InvalidRequestError].
package starrockssync

package io.contractkit.starrocks.client.auth;

import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * An access key pair: every request is signed with {@link AkSkSigner}, the provider's {@code
 * SDK-HMAC-SHA256} scheme. Optionally carries the project to act in ({@value #PROJECT_ID_HEADER},
 * which the official SDKs send too) and, for temporary keys, the security token ({@value
 * #SECURITY_TOKEN_HEADER}). Both headers are signed.
 */
public final class AccessKeyCredentials implements Credentials {

  /** Header naming the project, as the provider's official SDKs send it. */
  public static final String PROJECT_ID_HEADER = "X-Project-Id";

  /** Header carrying the security token of a temporary access key. */
  public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";

  private final String accessKeyId;
  private final String projectId;
  private final String securityToken;
  private final AkSkSigner signer;
  private final String secretAccessKey;
  private final Clock clock;

  AccessKeyCredentials(
      String accessKeyId,
      String secretAccessKey,
      String projectId,
      String securityToken,
      Clock clock) {
    this.accessKeyId = HeaderValues.require(accessKeyId, "accessKeyId");
    this.secretAccessKey = requireText(secretAccessKey, "secretAccessKey");
    this.projectId = projectId;
    this.securityToken = securityToken;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.signer = new AkSkSigner(accessKeyId, secretAccessKey);
  }

  /** The same keys, also sending {@value #PROJECT_ID_HEADER}. */
  public AccessKeyCredentials withProjectId(String projectId) {
    return new AccessKeyCredentials(
        accessKeyId,
        secretAccessKey,
        HeaderValues.require(projectId, "projectId"),
        securityToken,
        clock);
  }

  /**
   * The same keys as a temporary pair, sending its security token in {@value
   * #SECURITY_TOKEN_HEADER}.
   */
  public AccessKeyCredentials withSecurityToken(String securityToken) {
    return new AccessKeyCredentials(
        accessKeyId,
        secretAccessKey,
        projectId,
        HeaderValues.require(securityToken, "securityToken"),
        clock);
  }

  /** The same keys, signing with the time of {@code clock} (for tests). */
  public AccessKeyCredentials withClock(Clock clock) {
    return new AccessKeyCredentials(accessKeyId, secretAccessKey, projectId, securityToken, clock);
  }

  public String getAccessKeyId() {
    return accessKeyId;
  }

  @Override
  public void authenticate(HttpRequest.Builder request) {
    if (projectId != null) {
      request.setHeader(PROJECT_ID_HEADER, projectId);
    }
    if (securityToken != null) {
      request.setHeader(SECURITY_TOKEN_HEADER, securityToken);
    }
    HttpRequest complete = request.copy().build();
    Map<String, String> signature =
        signer.sign(complete, RequestBodies.bytes(complete), clock.instant());
    signature.forEach(request::setHeader);
  }

  @Override
  public String toString() {
    return "AccessKeyCredentials[accessKeyId="
        + HeaderValues.masked(accessKeyId)
        + ", secretAccessKey=****"
        + (projectId == null ? "" : ", projectId=" + projectId)
        + (securityToken == null ? "" : ", securityToken=****")
        + "]";
  }

  private static String requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }
}

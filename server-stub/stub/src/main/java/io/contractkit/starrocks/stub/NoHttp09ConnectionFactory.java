package io.contractkit.starrocks.stub;

import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Jetty's HTTP/1.1 connections, except that a request line without an HTTP version (or with one
 * such as HTTP/1.2) gets a 400 instead of Jetty's 505 (its answer to what it reads as an HTTP/0.9
 * request, or an unknown version): a raw CR or LF in the request target, a frequent mutation of any
 * fuzzer, is the client's error, and the stub answers the client's errors with a 4xx. Found by a
 * seeded mutation fuzzer against the standalone jar (issue 13): 15 of 3,000 mutated requests, all
 * with a line break in the target. The answer is still {@link MalformedRequestAnswer}'s, in the
 * document's error format.
 */
final class NoHttp09ConnectionFactory extends HttpConnectionFactory {

  NoHttp09ConnectionFactory(HttpConfiguration configuration) {
    super(configuration);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    // As HttpConnectionFactory.newConnection, with the channel below.
    HttpConnection connection =
        new HttpConnection(
            getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected HttpChannelOverHttp newHttpChannel() {
            return new NoHttp09Channel(this);
          }
        };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }

  /** The channel of one connection; it hands Jetty's parser failures on, 505 made 400. */
  private static final class NoHttp09Channel extends HttpChannelOverHttp {

    NoHttp09Channel(HttpConnection connection) {
      super(
          connection,
          connection.getConnector(),
          connection.getHttpConfiguration(),
          connection.getEndPoint(),
          connection);
    }

    @Override
    public void badMessage(BadMessageException failure) {
      if (failure.getCode() == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
        super.badMessage(
            new BadMessageException(
                HttpStatus.BAD_REQUEST_400,
                "the request line has no HTTP version this server speaks ("
                    + failure.getReason()
                    + "; a line break in the request target?)",
                failure));
        return;
      }
      super.badMessage(failure);
    }
  }
}

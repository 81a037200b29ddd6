package io.contractkit.starrocks.review.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the review in the chosen {@code formats} into {@code outputDirectory}, all from one list
 * of findings; never fails the build on findings (the {@code lint} and {@code gate} goals judge).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractReviewMojo {

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    write(review(requiredBaseline()));
  }
}

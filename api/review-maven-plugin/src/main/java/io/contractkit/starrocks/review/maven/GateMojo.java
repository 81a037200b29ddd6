package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.findings.ReviewFinding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The breaking-change gate: compares the document with the baseline and fails the build on a
 * breaking change (unless {@code failOn} says otherwise); compatible changes are listed.
 */
@Mojo(name = "gate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class GateMojo extends AbstractReviewMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    judge(
        review(requiredBaseline()),
        finding -> ReviewFinding.COMPATIBILITY.equals(finding.category()),
        "Breaking-change gate against " + baseline.toPath().normalize());
  }
}

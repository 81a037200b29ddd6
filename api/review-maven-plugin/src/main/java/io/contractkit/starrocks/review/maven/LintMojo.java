package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.findings.ReviewFinding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lint: the parser reports nothing, every example matches its schema, the house rules that apply
 * hold. Needs no baseline. Fails the build on a finding at or above {@code failOn}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractReviewMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    judge(
        review(null),
        finding -> !ReviewFinding.COMPATIBILITY.equals(finding.category()),
        "Spec lint");
  }
}

package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.baseline.BaselinePromotion;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Release step, run by hand: makes the document the new baseline, replacing the old one (the name
 * keeps its form, with the new version). Refuses when the document changed but {@code info.version}
 * did not rise, or breaks the baseline without a new major version. {@code baseline} is the
 * directory holding the baseline, or the baseline file.
 */
@Mojo(name = "promote-baseline", threadSafe = true)
public class PromoteBaselineMojo extends AbstractReviewMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    requireDocument();
    BaselinePromotion.Outcome outcome;
    try {
      outcome = BaselinePromotion.promote(document.toPath(), requiredBaseline().toPath());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("Cannot promote " + document + ": " + e.getMessage(), e);
    }
    if (outcome.refused()) {
      throw new MojoFailureException(outcome.message());
    }
    getLog().info(outcome.message());
  }
}

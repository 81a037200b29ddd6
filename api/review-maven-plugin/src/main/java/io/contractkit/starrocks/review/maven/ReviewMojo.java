package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.SpecReview;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The whole review in one pass: writes the report in every chosen format and the rendered reference
 * first (so they exist when the build then fails), then judges lint and gate findings against
 * {@code failOn}.
 */
@Mojo(name = "review", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReviewMojo extends AbstractReviewMojo {

  /** The rendered reference, written beside the report. */
  @Parameter(
      property = "starrocks-review.referenceFile",
      defaultValue = "${project.build.directory}/spec-review/reference.html")
  File referenceFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    SpecReview review = review(requiredBaseline());
    write(review);
    if (review.document().api() != null) {
      review.writeReference(referenceFile.toPath());
      getLog().info("Wrote " + referenceFile);
    }
    judge(review, finding -> true, "Spec review against " + baseline.toPath().normalize());
  }
}

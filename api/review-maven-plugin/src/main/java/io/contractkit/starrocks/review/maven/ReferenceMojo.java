package io.contractkit.starrocks.review.maven;

import io.contractkit.starrocks.review.lint.SpecDocument;
import io.contractkit.starrocks.review.reference.ReferenceRenderer;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Renders the document's reference: one self-contained HTML file that needs no network. Needs no
 * baseline.
 */
@Mojo(name = "reference", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReferenceMojo extends AbstractReviewMojo {

  /** The HTML file written. */
  @Parameter(
      property = "starrocks-review.referenceFile",
      defaultValue = "${project.build.directory}/spec-review/reference.html")
  File referenceFile;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipped");
      return;
    }
    requireDocument();
    SpecDocument parsed = SpecDocument.parse(document.toPath());
    if (parsed.api() == null) {
      throw new MojoExecutionException(
          "Cannot render " + document + ": " + parsed.unreadable() + " " + parsed.parserMessages());
    }
    ReferenceRenderer.write(parsed, referenceFile.toPath());
    getLog().info("Wrote " + referenceFile);
  }
}

package io.contractkit.starrocks.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SchemaFormsTest {

  @Test
  void the_jar_holds_the_forms_the_shipped_document_converts_to() throws IOException {
    JsonNode shipped;
    try (InputStream in = SchemaForms.class.getResourceAsStream(SchemaForms.RESOURCE)) {
      assertThat(in).as("the build writes " + SchemaForms.RESOURCE).isNotNull();
      shipped = new ObjectMapper().readTree(in);
    }
    assertThat(shipped).isEqualTo(SchemaForms.file(ContractRuntime.bundled()));
    assertThat(shipped.path("forms").size())
        .as("every parameter, body and answer schema of every operation")
        .isGreaterThan(3);
  }

  @Test
  void a_server_of_the_shipped_document_reads_its_forms_instead_of_converting_them() {
    assertThat(SchemaForms.of(ContractRuntime.bundled().model().text()).written()).isTrue();
  }

  @Test
  void a_server_of_any_other_document_converts_them() {
    String changed = ContractRuntime.bundled().model().text() + " ";
    assertThat(SchemaForms.of(changed).written()).isFalse();
    assertThat(SchemaForms.of(ContractRuntime.parse(changed).model().text()).written()).isFalse();
  }
}

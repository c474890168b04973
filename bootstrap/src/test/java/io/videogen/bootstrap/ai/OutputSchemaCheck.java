package io.videogen.bootstrap.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MCP client's check of a tool result against the tool's output schema, on the JSON Schema
 * validator the service already uses: the SDK's own validator needs a newer major version of the
 * same library, which cannot share the classpath with ours.
 */
final class OutputSchemaCheck implements JsonSchemaValidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        JsonNode content = JSON.valueToTree(structuredContent);
        Set<ValidationMessage> problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.valueToTree(schema)).validate(content);
        return problems.isEmpty() ? ValidationResponse.asValid(content.toString())
                : ValidationResponse.asInvalid(problems.stream().map(ValidationMessage::getMessage)
                        .collect(Collectors.joining("; ")));
    }
}

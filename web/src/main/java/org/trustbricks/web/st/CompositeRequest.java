package org.trustbricks.web.st;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.trustbricks.common.MalformedInputException;
import org.trustbricks.common.UntrustedJson;
import org.trustbricks.web.system.ApiException;
import org.trustbricks.web.system.ApiProblem;
import org.trustbricks.web.system.ErrorHandling;

/**
 * The JSON body of {@code POST /api/st/composite}: a product and its parts, each part naming a registry certificate
 * whose data the server fills in.
 *
 * @param name           product name
 * @param version        product version
 * @param evaluationDate date at which the part certificates must be valid (ISO date); today when absent
 * @param level          level the product's own evaluation claims
 * @param sfrs           SFRs the product delivers itself (titles or ids)
 * @param parts          the parts
 */
record CompositeRequest(String name, String version, String evaluationDate, String level, List<String> sfrs, List<PartRef> parts) {

    /** Largest request body. */
    static final int MAX_BYTES = 256 * 1024;

    /**
     * A part of the product that refers to a registry certificate.
     *
     * @param id          the part's id in the composite (defaults to one derived from the product name)
     * @param certificate registry certificate id, for example SESIP-2600001-01
     * @param version     version integrated in the product (defaults to the certified version)
     * @param uses        ids of the parts it is built on
     * @param passOn      whether its environment objectives are passed on to the product's environment (default true)
     */
    record PartRef(String id, String certificate, String version, List<String> uses, Boolean passOn) {
    }

    /** Reads and checks the body: JSON within the limits, the members' types, 1 to 50 parts each naming a certificate. */
    static CompositeRequest read(byte[] body) {
        JsonNode tree;
        try {
            tree = UntrustedJson.withLimits(MAX_BYTES, 8).read(body);
        } catch (MalformedInputException e) {
            throw ApiException.badRequest("the body is not acceptable JSON: " + e.getMessage(), ErrorHandling.field(e.path(), e.getMessage()));
        }
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (!tree.isObject()) {
            throw ApiException.badRequest("send a JSON object with name and parts", ErrorHandling.field("", "expected an object"));
        }
        List<PartRef> parts = new ArrayList<>();
        JsonNode partNodes = tree.path("parts");
        if (!partNodes.isArray() || partNodes.isEmpty() || partNodes.size() > CompositeForm.MAX_PARTS) {
            errors.add(new ApiProblem.FieldError("/parts", "give 1 to " + CompositeForm.MAX_PARTS + " parts"));
        } else {
            for (int i = 0; i < partNodes.size(); i++) {
                JsonNode p = partNodes.get(i);
                String path = "/parts/" + i;
                if (!p.isObject()) {
                    errors.add(new ApiProblem.FieldError(path, "expected an object with certificate"));
                    continue;
                }
                String certificate = text(p, "certificate", path, errors);
                if (certificate.isBlank()) {
                    errors.add(new ApiProblem.FieldError(path + "/certificate", "name the registry certificate of this part"));
                }
                JsonNode passOn = p.path("passOn");
                if (!passOn.isMissingNode() && !passOn.isBoolean()) {
                    errors.add(new ApiProblem.FieldError(path + "/passOn", "expected true or false"));
                }
                parts.add(new PartRef(text(p, "id", path, errors), certificate, text(p, "version", path, errors),
                        texts(p, "uses", path, errors), passOn.isBoolean() ? passOn.booleanValue() : null));
            }
        }
        CompositeRequest request = new CompositeRequest(text(tree, "name", "", errors), text(tree, "version", "", errors),
                text(tree, "evaluationDate", "", errors), text(tree, "level", "", errors), texts(tree, "sfrs", "", errors), parts);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the composite request has invalid members", errors);
        }
        return request;
    }

    private static String text(JsonNode node, String member, String path, List<ApiProblem.FieldError> errors) {
        JsonNode v = node.path(member);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (!v.isTextual() || v.textValue().length() > 1000) {
            errors.add(new ApiProblem.FieldError(path + "/" + member, "expected a text of at most 1000 characters"));
            return "";
        }
        return v.textValue().strip();
    }

    private static List<String> texts(JsonNode node, String member, String path, List<ApiProblem.FieldError> errors) {
        JsonNode v = node.path(member);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (!v.isArray() || v.size() > 200) {
            errors.add(new ApiProblem.FieldError(path + "/" + member, "expected a list of at most 200 texts"));
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual() || v.get(i).textValue().length() > 1000) {
                errors.add(new ApiProblem.FieldError(path + "/" + member + "/" + i, "expected a text of at most 1000 characters"));
            } else {
                out.add(v.get(i).textValue().strip());
            }
        }
        return out;
    }
}

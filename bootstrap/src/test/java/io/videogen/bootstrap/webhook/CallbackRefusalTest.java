package io.videogen.bootstrap.webhook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.videogen.bootstrap.api.Accounts;
import io.videogen.bootstrap.api.Accounts.Account;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With the production default (no internal addresses), callback URLs are checked on their resolved address. */
@QuarkusTest
@TestProfile(ManualWebhooks.class)
class CallbackRefusalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://127.0.0.1/hook                      | 127.0.0.1 is a loopback address",
            "http://10.0.0.1/hook                       | 10.0.0.1 is a private address",
            "http://169.254.169.254/latest/meta-data/   | 169.254.169.254 is a link-local address",
            "http://localhost:8080/hook                 | localhost resolves to 127.0.0.1, a loopback address",
            "https://[::1]/hook                         | a loopback address",
            "http://[fd00:ec2::254]/hook                | a private (unique local) address",
            "http://100.64.1.1/hook                     | a shared (carrier-grade NAT) address",
            "http://0.0.0.0:8080/hook                   | an unspecified (this-network) address",
            "http://2130706433/hook                     | a loopback address",
    })
    void anInternalCallbackIsRefusedAtCreation(String callbackUrl, String why) {
        Account ana = Accounts.signUp();

        ana.request().body(Map.of("script", "Hello.", "callbackUrl", callbackUrl))
                .post("/api/v1/videos")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("callbackUrl"))
                .body("errors[0].message", containsString(why))
                .body("errors[0].message", containsString("webhooks go only to public addresses"));
    }

    @Test
    void aPublicAddressIsAccepted() {
        Account ana = Accounts.signUp();

        ana.request().body(Map.of("script", "Hello.", "callbackUrl", "https://93.184.215.14/hooks/videogen"))
                .post("/api/v1/videos")
                .then().statusCode(202);
    }

    @Test
    void changingAVideoToAnInternalCallbackIsRefusedToo() {
        Account ana = Accounts.signUp();
        var created = ana.request().body(Map.of("script", "Hello."))
                .post("/api/v1/videos").then().statusCode(202).extract();
        String id = created.path("id");

        ana.request().header("If-Match", created.header("ETag"))
                .body(Map.of("script", "Hello again.", "callbackUrl", "http://192.168.1.1/hook"))
                .patch("/api/v1/videos/" + id)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("callbackUrl"))
                .body("errors[0].message", containsString("192.168.1.1 is a private address"));
    }
}

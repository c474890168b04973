package io.videogen.bootstrap.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.videogen.bootstrap.worker.Eventually;
import io.videogen.infrastructure.storage.S3TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's first video, with media in an S3-compatible bucket: register, sign in, create, wait
 * for it to complete, download the MP4 whole and by range; its files are objects in the bucket, and
 * deleting the video deletes them. The bucket's secret key appears in no log line.
 */
@QuarkusTest
@TestProfile(S3Storage.class)
class S3MediaStorageTest {

    S3TestServer bucket;

    @Test
    void theReadmeFlowRendersIntoTheBucketAndDeletingTheVideoEmptiesIt() throws Exception {
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", "s3@example.com",
                "password", "correct horse battery staple", "displayName", "Ana")).post("/api/v1/auth/register")
                .then().statusCode(201);
        String token = RestAssured.given().contentType(ContentType.JSON).body(Map.of("email", "s3@example.com",
                "password", "correct horse battery staple")).post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("accessToken");
        String video = RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", "s3-first-video")
                .body(Map.of("title", "Hello", "script", "Welcome to videogen. It turns a script into a narrated "
                        + "video.\n\nEvery scene gets its own picture and captions.",
                        "output", Map.of("resolution", "320x180", "fps", 15, "quality", "draft")))
                .post("/api/v1/videos").then().statusCode(202).extract().path("id");

        Eventually.within(Duration.ofMinutes(4), () -> RestAssured.given().auth().oauth2(token)
                .get("/api/v1/videos/" + video).then().statusCode(200).body("status", equalTo("completed")));

        Response whole = RestAssured.given().auth().oauth2(token).get("/api/v1/videos/" + video + "/file");
        whole.then().statusCode(200).contentType("video/mp4").header("Accept-Ranges", "bytes");
        byte[] mp4 = whole.asByteArray();
        assertThat(new String(mp4, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        Response part = RestAssured.given().auth().oauth2(token).header("Range", "bytes=1000-1999")
                .get("/api/v1/videos/" + video + "/file");
        part.then().statusCode(206).header("Content-Range", "bytes 1000-1999/" + mp4.length);
        assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(mp4, 1000, 2000));
        Response tail = RestAssured.given().auth().oauth2(token).header("Range", "bytes=" + (mp4.length - 10) + "-")
                .get("/api/v1/videos/" + video + "/file");
        tail.then().statusCode(206);
        assertThat(tail.asByteArray()).isEqualTo(Arrays.copyOfRange(mp4, mp4.length - 10, mp4.length));

        String prefix = "videos/" + video + "/";
        assertThat(bucket.keys(prefix)).contains(prefix + "video.mp4", prefix + "thumbnail.jpg");
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'media-storage' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'media-storage' }.data.bucket", equalTo(S3TestServer.BUCKET));

        RestAssured.given().auth().oauth2(token).delete("/api/v1/videos/" + video).then().statusCode(204);

        assertThat(bucket.keys(prefix)).filteredOn(key -> !key.endsWith("/")).isEmpty();
        Path log = Path.of("target/test-logs/videogen.log");
        assertThat(Files.readString(log)).contains("media store: S3 bucket " + S3TestServer.BUCKET)
                .doesNotContain(S3TestServer.SECRET_KEY);
    }
}

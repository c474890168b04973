package io.videogen.infrastructure.storage;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.LegacyMd5Plugin;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the synchronous S3 client from {@code videogen.storage.s3.*}. It speaks through the JDK's
 * URL connection, so no second Netty or HttpClient joins Quarkus' own. Checksums are sent only where
 * S3 requires them (the multi-object delete), and there also as Content-MD5 (the legacy MD5 plugin),
 * which older self-hosted S3-compatible servers require instead of the newer x-amz-checksum header.
 */
final class S3Clients {

    private S3Clients() {
    }

    static S3Client of(StorageConfig.S3 config) {
        return builder(config).build();
    }

    /** The client's settings, before it is built. */
    static S3ClientBuilder builder(StorageConfig.S3 config) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .credentialsProvider(credentials(config))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .addPlugin(LegacyMd5Plugin.create());
        config.endpoint().ifPresent(builder::endpointOverride);
        return builder;
    }

    private static AwsCredentialsProvider credentials(StorageConfig.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalArgumentException("set both videogen.storage.s3.access-key-id and "
                    + "videogen.storage.s3.secret-access-key, or neither (then the AWS default chain: AWS_* "
                    + "environment, profile, instance role)");
        }
        if (config.accessKeyId().isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
    }
}

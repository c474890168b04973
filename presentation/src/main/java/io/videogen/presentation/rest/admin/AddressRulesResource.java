package io.videogen.presentation.rest.admin;

import jakarta.ws.rs.core.Context;
import io.smallrye.mutiny.Uni;
import io.videogen.application.port.in.ManageAddressRulesUseCase;
import io.videogen.domain.access.AddressRule;
import io.videogen.domain.user.UserId;
import io.videogen.presentation.security.CallerResolver;
import io.videogen.presentation.security.RequestOrigins;
import io.videogen.presentation.security.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Address allow and deny rules, for admins. */
@Path("/api/v1/admin/ip-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
public class AddressRulesResource {

    private final ManageAddressRulesUseCase rules;
    private final CallerResolver callers;

    public AddressRulesResource(ManageAddressRulesUseCase rules, CallerResolver callers) {
        this.rules = rules;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "List the address rules", description = "Expired rules are listed until removed; they count for nothing.")
    public Uni<List<Rule>> list() {
        return rules.list(callers.current()).map(found -> found.stream().map(Rule::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an address rule",
            description = "Without userId the rule applies to every request, before authentication: deny refuses the "
                    + "network; once any allow rule exists, only allowed networks get in. With userId it limits where "
                    + "that account may sign in from. A rule that would shut out the calling admin's own address is "
                    + "refused with 400. Every instance follows within about a second.")
    public Uni<Response> add(@Valid @NotNull NewRule body, @Context RoutingContext routing) {
        Optional<UserId> user = body.userId() == null ? Optional.empty() : Optional.of(UserId.parse(body.userId()));
        return rules.add(callers.current(), new ManageAddressRulesUseCase.NewRule(body.cidr(), body.action(),
                        Optional.ofNullable(body.expiresAt()), body.note(), user), RequestOrigins.of(routing))
                .map(rule -> Response.created(URI.create("/api/v1/admin/ip-rules/" + rule.id()))
                        .entity(Rule.of(rule)).build());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an address rule")
    public Uni<Response> remove(@PathParam("id") UUID id, @Context RoutingContext routing) {
        return rules.remove(callers.current(), id, RequestOrigins.of(routing))
                .map(ignored -> Response.noContent().build());
    }

    @Schema(name = "AddressRuleRequest")
    public record NewRule(@Schema(examples = "203.0.113.0/24") @NotBlank(message = "cidr is required")
                          @Size(max = 64) String cidr,
                          @Schema(examples = "deny", enumeration = {"allow", "deny"})
                          @NotBlank(message = "action is required: allow or deny") String action,
                          Instant expiresAt,
                          @Size(max = 200, message = "note must have at most 200 characters") String note,
                          @Schema(description = "an account: the rule limits where it may sign in from") String userId) {
    }

    @Schema(name = "AddressRule")
    public record Rule(UUID id, String cidr, String action, Instant expiresAt, String note, String userId,
                       Instant createdAt) {

        static Rule of(AddressRule rule) {
            return new Rule(rule.id(), rule.cidr().toString(), rule.action().name().toLowerCase(Locale.ROOT),
                    rule.expiresAt().orElse(null), rule.note(), rule.user().map(u -> u.value().toString()).orElse(null),
                    rule.createdAt());
        }
    }
}

package mx.gob.inm.citas.adapters.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import mx.gob.inm.citas.application.port.in.StaffSignInUseCase;

/** Checks console credentials against the staff accounts; the member's role becomes their one group. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffSignInUseCase signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.signIn(login.getCaller(), login.getPassword().getValue())
                .map(member -> new CredentialValidationResult(member.username().value(),
                        Set.of(ConsoleRoles.of(member.role()))))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

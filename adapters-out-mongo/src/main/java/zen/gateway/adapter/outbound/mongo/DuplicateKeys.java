package zen.gateway.adapter.outbound.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.WriteError;

/** Recognises the one write error the stores expect: a unique index saying "that key is taken". */
final class DuplicateKeys {

    private DuplicateKeys() {}

    static boolean isDuplicateKey(WriteError error) {
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}

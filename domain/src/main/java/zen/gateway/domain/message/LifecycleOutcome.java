package zen.gateway.domain.message;

/** What observing one status did to a lifecycle. Both outcomes are normal business results. */
public sealed interface LifecycleOutcome {

    MessageLifecycle lifecycle();

    /** The observation moved the current status forward (or started the lifecycle: {@code from} is null). */
    record StatusAdvanced(MessageLifecycle lifecycle, MessageStatus from, MessageStatus to) implements LifecycleOutcome {}

    /** The observation is kept in the history but ranks no higher than the current status: late or repeated. */
    record StatusKept(MessageLifecycle lifecycle, MessageStatus observed) implements LifecycleOutcome {}
}

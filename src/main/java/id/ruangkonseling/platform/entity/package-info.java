/**
 * The refusals every component shares, as types: {@link id.ruangkonseling.platform.entity.NotFound},
 * {@link id.ruangkonseling.platform.entity.NotPossible} and {@link id.ruangkonseling.platform.entity.Invalid}. Entities throw them from their workflow steps,
 * boundaries from their checks; the API maps them once ({@code ApiFailures}), pages once
 * ({@code RefusalPages}). A bug (an {@code IllegalStateException}, a {@code NullPointerException}) is never
 * one of them, so it is never mistaken for a refusal.
 */
package id.ruangkonseling.platform.entity;

/**
 * The cache key of a user's view (UserView: what GET /users/:id, /user/info/:user_id and gRPC
 * GetUser answer). Views only: the entity, with its password hash, is never cached. The version
 * changes with the view's shape, so a deploy never reads the old shape (v2: mobile masked).
 */
export function userViewKey(userId: number): string {
  return `users:view:v2:${userId}`;
}

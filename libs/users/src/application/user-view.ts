import { maskMobile, type User } from '../domain/user.js';

/** A user as every other context, the REST edge and gRPC see it: snake_case, no password hash. */
export interface UserView {
  user_id: number;
  user_name: string;
  /** Masked (138****8000) unless the view is its owner's (toOwnUserView). */
  user_mobile: string;
  /** RFC 3339, UTC */
  created_at: string;
  /** RFC 3339, UTC */
  updated_at: string;
}

/** The owner's profile: their view with the full mobile number, and what they chose to tell. */
export interface ProfileView extends UserView {
  nickname: string | null;
  avatar_url: string | null;
  email: string | null;
}

export interface UserPageView {
  users: UserView[];
  total: number;
  page_num: number;
  page_size: number;
}

export interface AccessTokenView {
  access_token: string;
  token_type: 'Bearer';
  /** seconds */
  expires_in: number;
  refresh_token: string;
  /** seconds */
  refresh_expires_in: number;
}

/** The public view: what anyone may read about a user. */
export function toUserView(user: User): UserView {
  return { ...toOwnUserView(user), user_mobile: maskMobile(user.mobile) };
}

/** The owner's view: the full mobile number, for the user themselves only. */
export function toOwnUserView(user: User): UserView {
  return {
    user_id: user.id,
    user_name: user.name,
    user_mobile: user.mobile,
    created_at: user.createdAt.toISOString(),
    updated_at: user.updatedAt.toISOString(),
  };
}

/** The owner's profile (their own view plus nickname, avatar and e-mail). */
export function toProfileView(user: User): ProfileView {
  return {
    ...toOwnUserView(user),
    nickname: user.nickname ?? null,
    avatar_url: user.avatarUrl ?? null,
    email: user.email ?? null,
  };
}

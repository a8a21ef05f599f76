import { InvalidArgumentError } from '@nestmall/ports/platform';

/** A registered user (the course's ts_user row). Only the application layer sees the hash. */
export interface User {
  id: number;
  name: string;
  mobile: string;
  passwordHash: string;
  /** The profile (null or absent: not given). */
  nickname?: string | null;
  avatarUrl?: string | null;
  email?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewUser {
  name: string;
  mobile: string;
  password: string;
}

/** Ids are 32-bit on every engine we run (SQLite INTEGER, MySQL INT). */
export const MAX_USER_ID = 2_147_483_647;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

export const USER_NAME_RULE = {
  pattern: /^[A-Za-z][A-Za-z0-9_]{2,31}$/,
  text: 'user_name must be 3 to 32 letters, digits or _, starting with a letter',
};
export const MOBILE_RULE = {
  pattern: /^1[3-9]\d{9}$/,
  text: 'user_mobile must be an 11-digit mainland China mobile number, such as 13800138000',
};
export const PASSWORD_RULE = {
  minLength: 8,
  maxLength: 128,
  pattern: /^(?=[\s\S]*[A-Za-z])(?=[\s\S]*\d)[\s\S]+$/,
  text: 'password must be 8 to 128 characters with at least one letter and one digit',
};

/**
 * The spelling under which a user name is unique and found: without surrounding spaces and in
 * lower case, so `TEST1` and `"test1 "` are test1 on SQLite and MariaDB alike (MariaDB's
 * collation made them so there, SQLite's did not). The name keeps its case for display.
 */
export function userNameKey(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * A mobile number as anyone but its owner sees it: the first 3 and last 4 digits (138****8000),
 * enough to recognise one's own number, not enough to call it.
 */
export function maskMobile(mobile: string): string {
  return mobile.length >= 7 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : '****';
}

export function checkUserId(id: number, field = 'user_id'): void {
  if (!Number.isInteger(id) || id < 1 || id > MAX_USER_ID) {
    throw new InvalidArgumentError(`${field} must be an integer from 1 to ${MAX_USER_ID}`);
  }
}

export function checkPage(pageNum: number, pageSize: number): void {
  if (!Number.isInteger(pageNum) || pageNum < 1 || pageNum > MAX_USER_ID) {
    throw new InvalidArgumentError(`page_num must be an integer from 1 to ${MAX_USER_ID}`);
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidArgumentError(`page_size must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
}

/** The registration rules, checked again here so every transport gets them, not only HTTP. */
export function checkNewUser(input: NewUser): void {
  if (!USER_NAME_RULE.pattern.test(input.name ?? '')) {
    throw new InvalidArgumentError(USER_NAME_RULE.text);
  }
  if (!MOBILE_RULE.pattern.test(input.mobile ?? '')) {
    throw new InvalidArgumentError(MOBILE_RULE.text);
  }
  const password = input.password ?? '';
  if (
    password.length < PASSWORD_RULE.minLength ||
    password.length > PASSWORD_RULE.maxLength ||
    !PASSWORD_RULE.pattern.test(password)
  ) {
    throw new InvalidArgumentError(PASSWORD_RULE.text);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_USER_ID } from '../../../domain/user.js';

/** `/user/info/:user_id` (the course's route). */
export class UserInfoParams {
  @ApiProperty({
    name: 'user_id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_USER_ID,
    example: 5,
  })
  @DecimalInt()
  @Min(1)
  @Max(MAX_USER_ID)
  @IsInt()
  user_id: number;
}

/** `/users/:id` */
export class UserIdParams {
  @ApiProperty({
    name: 'id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_USER_ID,
    example: 5,
  })
  @DecimalInt()
  @Min(1)
  @Max(MAX_USER_ID)
  @IsInt()
  id: number;
}

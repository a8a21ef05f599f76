import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LogInBody {
  @ApiProperty({ example: 'test1', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  user_name: string;

  @ApiProperty({ example: '123456', format: 'password', maxLength: 128 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  password: string;
}

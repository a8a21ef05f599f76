import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInt } from '@nestmall/platform';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ADDRESS_RULES, MAX_ADDRESS_ID } from '../../../domain/address-book.js';

const R = ADDRESS_RULES;

/** A shipping address as a buyer sends it (POST and PUT /users/me/addresses). */
export class AddressBody {
  @ApiProperty({
    example: '张三',
    minLength: 1,
    maxLength: R.recipient.max,
    description: R.recipient.text,
  })
  @IsString({ message: R.recipient.text })
  @MaxLength(R.recipient.max, { message: R.recipient.text })
  recipient: string;

  @ApiProperty({
    example: '13800138000',
    pattern: R.mobile.pattern.source,
    description: R.mobile.text,
  })
  @IsString({ message: R.mobile.text })
  @Matches(R.mobile.pattern, { message: R.mobile.text })
  mobile: string;

  @ApiProperty({ example: '广东省', minLength: 1, maxLength: R.province.max })
  @IsString({ message: R.province.text })
  @MaxLength(R.province.max, { message: R.province.text })
  province: string;

  @ApiProperty({ example: '深圳市', minLength: 1, maxLength: R.city.max })
  @IsString({ message: R.city.text })
  @MaxLength(R.city.max, { message: R.city.text })
  city: string;

  @ApiProperty({ example: '南山区', minLength: 1, maxLength: R.district.max })
  @IsString({ message: R.district.text })
  @MaxLength(R.district.max, { message: R.district.text })
  district: string;

  @ApiProperty({ example: '科技园南区 1 栋 101', minLength: 1, maxLength: R.street.max })
  @IsString({ message: R.street.text })
  @MaxLength(R.street.max, { message: R.street.text })
  street: string;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: '518057',
    pattern: R.postalCode.pattern.source,
  })
  @IsOptional()
  @IsString({ message: R.postalCode.text })
  @Matches(R.postalCode.pattern, { message: R.postalCode.text })
  postal_code?: string | null;
}

export class AddAddressBody extends AddressBody {
  @ApiPropertyOptional({
    example: false,
    default: false,
    description: "Make it the default (a buyer's first address is the default anyway)",
  })
  @IsOptional()
  @IsBoolean({ message: 'is_default must be true or false' })
  is_default?: boolean;
}

export class AddressIdParams {
  @ApiProperty({
    name: 'address_id',
    type: 'integer',
    format: 'int32',
    minimum: 1,
    maximum: MAX_ADDRESS_ID,
    example: 1,
  })
  @DecimalInt()
  @Min(1)
  @Max(MAX_ADDRESS_ID)
  @IsInt()
  address_id: number;
}
